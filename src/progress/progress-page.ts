import { download, h } from '../lib/dom';
import { pluralise } from '../lib/format';
import { isoDay, localDay } from './calendar-date';
import { downloadCalendar } from './calendar-download';
import type { Catalogue, CataloguePathway } from './catalogue';
import { continueLine } from './continue-entry';
import { datedStages, describePlan, describeStage } from './schedule';
import { groupEvidence } from './evidence-groups';
import { evidenceLog } from './evidence-log';
import { evidenceMarkdown } from './markdown';
import { PROGRESS_STATE_LABELS } from './model';
import type { Progress } from './schema';
import { current, subscribe, update } from './storage';
import { withoutPlanned, withPlannedEarlier } from './store';
import { isStarted, tally } from './summary';
import { find, partsOf } from './template';
import { nextStep, planStagesOf, stepHref, stepsOf } from './steps';
import { whatNext } from './whats-next';
import { meter } from './widgets';
import { showProblem } from './notice';

/** Today as `YYYY-MM-DD`, for file names. */
const today = () => isoDay(localDay(Date.now()));

/** A pathway's tally, and its next step as a link into the pathway page. */
function pathwaySummary(progress: Progress, pathway: CataloguePathway): Node[] {
	const steps = stepsOf(pathway);
	const next = nextStep(progress.entries, steps);
	return [
		h('a', { href: pathway.href, class: 'atlas-progress-title' }, pathway.title),
		meter(
			tally(
				progress.entries,
				steps.map((step) => step.key),
			),
		),
		h(
			'p',
			{},
			...(next
				? ['Next step: ', h('a', { href: stepHref(pathway, next) }, next.title)]
				: ['Every step is done or skipped.']),
		),
	];
}

/**
 * A planned pathway's dates, if the reader set them: when it runs, each stage's dates and "Add to
 * calendar"; and a link to set or change them in the form on the pathway's page.
 */
function planDates(progress: Progress, pathway: CataloguePathway): Node[] {
	const schedule = progress.schedules?.[pathway.id];
	const link = h(
		'a',
		{ href: `${pathway.href}#your-dates` },
		schedule ? 'Change dates' : 'Set dates',
	);
	if (!schedule) return [h('p', {}, link, ` to see when each stage falls.`)];
	const dated = datedStages(planStagesOf(pathway), schedule, progress.entries);
	return [
		h('p', {}, describePlan(schedule, dated)),
		h(
			'ol',
			{ class: 'atlas-dates-list' },
			...dated.map((dates, index) =>
				h('li', {}, `${pathway.stages[index]?.title ?? ''}: ${describeStage(dates)}`),
			),
		),
		h(
			'p',
			{ class: 'atlas-progress-actions' },
			h(
				'button',
				{
					type: 'button',
					class: 'atlas-button',
					'aria-label': `Add to calendar: ${pathway.title}`,
					'data-action': 'calendar',
					'data-id': pathway.id,
				},
				'Add to calendar',
			),
			link,
		),
	];
}

/**
 * `<atlas-progress-page>`: what to do next, the reader's plan in order with each pathway's next
 * step and dates, everything started with progress bars, and the evidence log (Markdown, print).
 * Export, import and reset are on `/progress/backup/` (`backup-page.ts`).
 */
class ProgressPage extends HTMLElement {
	connectedCallback(): void {
		// The catalogue is written at build time by ProgressPage.astro from the collections.
		const catalogue = JSON.parse(find(this, 'script').textContent ?? '') as Catalogue;
		const part = partsOf(this);
		// Browsers that cannot tell CSS whether script runs show the note: remove it.
		this.querySelector('[data-noscript]')?.remove();
		for (const button of this.querySelectorAll('[data-print]'))
			button.addEventListener('click', () => print());
		part('evidence-markdown').addEventListener('click', () => {
			const groups = groupEvidence(current().progress.evidence ?? [], catalogue);
			download(evidenceMarkdown(groups), 'text/markdown', `what-i-have-made-${today()}.md`);
		});

		const planList = part('list="plan"');
		planList.addEventListener('click', (event) => {
			const button = event.target instanceof Element ? event.target.closest('button') : null;
			const { action, id } = button?.dataset ?? {};
			if (!action || !id) return;
			const pathway = catalogue.pathways.find((candidate) => candidate.id === id);
			if (action === 'calendar' && pathway) {
				const file = downloadCalendar(pathway, current().progress);
				part('plan-status').textContent =
					`Downloaded ${file}. Open it with your calendar app to add one all-day event per stage; open a later download and the same events are updated, not doubled.`;
				return;
			}
			update((progress) =>
				action === 'up' ? withPlannedEarlier(progress, id) : withoutPlanned(progress, id),
			);
			const again = (name: string) =>
				planList.querySelector<HTMLElement>(`button[data-action="${name}"][data-id="${id}"]`);
			(again(action) ?? again('remove') ?? this.querySelector<HTMLElement>('#my-plan'))?.focus();
		});

		const fill = (name: string, items: Node[]) => {
			part(`list="${name}"`).replaceChildren(...items);
			part(`empty="${name}"`).hidden = items.length > 0;
		};
		const render = () => {
			const { progress } = current();
			showProblem(part('problem'));
			const next = whatNext(progress, catalogue);
			part('next').hidden = !next;
			part('next-line').replaceChildren(...(next ? continueLine(next) : []));
			fill(
				'plan',
				progress.plan.map((id, index) => {
					const pathway = catalogue.pathways.find((p) => p.id === id);
					const label = pathway?.title ?? id;
					const button = (action: string, text: string) =>
						h(
							'button',
							{
								type: 'button',
								class: 'atlas-button',
								'aria-label': `${text}: ${label}`,
								'data-action': action,
								'data-id': id,
							},
							text,
						);
					return h(
						'li',
						{ id: `plan-${id}` },
						...(pathway
							? [...pathwaySummary(progress, pathway), ...planDates(progress, pathway)]
							: [h('p', {}, `A pathway no longer on the site (${id}).`)]),
						h(
							'p',
							{ class: 'atlas-progress-actions' },
							...(index > 0 ? [button('up', 'Move up'), ' '] : []),
							button('remove', 'Remove from plan'),
						),
					);
				}),
			);
			fill(
				'pathways',
				catalogue.pathways
					.filter((pathway) =>
						isStarted(
							tally(
								progress.entries,
								stepsOf(pathway).map((step) => step.key),
							),
						),
					)
					.map((pathway) => h('li', {}, ...pathwaySummary(progress, pathway))),
			);
			fill(
				'exercises',
				catalogue.exercises.flatMap((exercise) => {
					const state = progress.entries[exercise.key]?.state;
					return state
						? [
								h(
									'li',
									{},
									h('a', { href: exercise.href, class: 'atlas-progress-title' }, exercise.title),
									h('p', {}, PROGRESS_STATE_LABELS[state]),
								),
							]
						: [];
				}),
			);
			const log = evidenceLog(groupEvidence(progress.evidence ?? [], catalogue));
			fill('evidence', log);
			part('evidence-actions').hidden = log.length === 0;
			const known = new Set([
				...catalogue.pathways.flatMap((pathway) => stepsOf(pathway).map((step) => step.key)),
				...catalogue.exercises.map((exercise) => exercise.key),
			]);
			const retired = Object.keys(progress.entries).filter((key) => !known.has(key)).length;
			const retiredNote = part('retired');
			retiredNote.hidden = retired === 0;
			retiredNote.textContent = `${pluralise(retired, 'saved state belongs', 'saved states belong')} to steps or exercises no longer on the site. They are kept, and exported, but not counted.`;
		};
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-page', ProgressPage);
