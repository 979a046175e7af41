import { isoDay, localDay } from './calendar-date';
import type { CataloguePathway } from './catalogue';
import { showErrors, valueOf } from './fields';
import {
	datedStages,
	describePlan,
	describeStage,
	estimatedWeeks,
	PART_TIME_HOURS,
} from './schedule';
import { readSchedule, withoutSchedule, withSchedule } from './schedule-form';
import type { Progress } from './schema';
import { current, update } from './storage';
import { withPlanned } from './store';
import { planStagesOf } from './steps';
import { find, fromTemplate, partsOf } from './template';

/**
 * A pathway's dates on its page (`DatesTemplate.astro`): when the plan runs and at what pace, a
 * link to add it to a calendar from the plan, and the form for the start date, the pace and each
 * stage's length; each stage's dates go into that stage. Saving dates pins the pathway to the
 * plan, where `/progress/` lists its dates and makes the calendar file. The form opens by itself
 * when the page is opened at `#your-dates`, as the plan's "Set dates" links do.
 */
export function datesSection(
	template: HTMLTemplateElement,
	pathway: CataloguePathway,
	stageLines: ReadonlyMap<string, HTMLElement>,
): { element: HTMLElement; render: (progress: Progress) => void } {
	const prefix = 'dates';
	const element = fromTemplate(template, { id: prefix });
	const part = partsOf(element);
	const summary = part('summary');
	const calendarLine = part('calendar-line');
	const opener = part('opener');
	const status = part('status');
	const clear = part('clear');
	const form = find<HTMLFormElement>(element, 'form');
	const details = find<HTMLDetailsElement>(element, 'details');
	const hours = find<HTMLInputElement>(form, '[name=hoursPerWeek]');
	const radios = [...form.querySelectorAll<HTMLInputElement>('[type=radio]')];
	const row = find<HTMLTemplateElement>(form, 'template');
	const weeks = pathway.stages.map((stage) => {
		const copy = fromTemplate(row, { id: prefix, stage: stage.id });
		find(copy, 'label').textContent = stage.title;
		row.before(copy);
		return find<HTMLInputElement>(copy, 'input');
	});
	const empty = summary.textContent;
	const unset = opener.textContent;
	/** Puts one of the status line's messages (its `data-…` attributes) in it. */
	const say = (message: string) => (status.textContent = status.dataset[message] ?? '');
	/** Checks the pace that matches the hours, or "my own". */
	const syncPace = () => {
		const match = radios.find((radio) => radio.value === hours.value) ?? radios.at(-1);
		if (match) match.checked = true;
	};
	hours.addEventListener('input', syncPace);
	for (const radio of radios)
		radio.addEventListener('change', () =>
			radio.value ? (hours.value = radio.value) : hours.focus(),
		);
	/** Fills the form from saved dates, or with today at part time. */
	const fill = (progress: Progress) => {
		const schedule = progress.schedules?.[pathway.id];
		const pace = schedule?.hoursPerWeek ?? PART_TIME_HOURS;
		find<HTMLInputElement>(form, '[name=start]').value =
			schedule?.start ?? isoDay(localDay(Date.now()));
		hours.value = String(pace);
		syncPace();
		pathway.stages.forEach((stage, index) => {
			const input = weeks[index];
			if (!input) return;
			input.value = String(schedule?.weeks[stage.id] ?? '');
			input.placeholder = String(estimatedWeeks(stage.duration, pace));
		});
	};
	details.open = location.hash === '#your-dates';
	details.addEventListener('toggle', () => details.open && fill(current().progress));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const { schedule, invalid } = readSchedule({
			start: valueOf(form, 'start'),
			hoursPerWeek: hours.value,
			weeks: Object.fromEntries(
				pathway.stages.map((stage, index) => [stage.id, weeks[index]?.value ?? '']),
			),
		});
		if (showErrors(form, invalid)) return;
		const now = Date.now();
		update((progress) =>
			withPlanned(withSchedule(progress, pathway.id, schedule, now), pathway.id),
		);
		details.open = false;
		say('saved');
		status.append(' ', summary.textContent);
	});
	clear.addEventListener('click', () => {
		update((progress) => withoutSchedule(progress, pathway.id));
		details.open = false;
		say('removed');
	});

	return {
		element,
		render: (progress) => {
			const schedule = progress.schedules?.[pathway.id];
			const dated = schedule ? datedStages(planStagesOf(pathway), schedule, progress.entries) : [];
			summary.textContent = schedule ? describePlan(schedule, dated) : empty;
			calendarLine.hidden = clear.hidden = !schedule;
			opener.textContent = (schedule && opener.dataset['change']) || unset;
			pathway.stages.forEach((stage, index) => {
				const dates = dated[index];
				const line = stageLines.get(stage.id);
				if (!line) return;
				line.textContent = dates ? `Your dates: ${describeStage(dates)}` : '';
				line.hidden = !dates;
			});
			if (!details.open) fill(progress);
		},
	};
}
