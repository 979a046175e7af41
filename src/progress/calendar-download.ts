import { download } from '../lib/dom';
import type { CataloguePathway } from './catalogue';
import { calendarFile } from './ics';
import { datedStages } from './schedule';
import type { Progress } from './schema';
import { planStagesOf } from './steps';

/**
 * Downloads the calendar file of a dated pathway (see `ics.ts`), named after the pathway, and
 * returns the name. Its events are stamped with the plan's last change: the dates' or a step's.
 */
export function downloadCalendar(pathway: CataloguePathway, progress: Progress): string {
	const schedule = progress.schedules?.[pathway.id];
	const dated = schedule ? datedStages(planStagesOf(pathway), schedule, progress.entries) : [];
	const marks = pathway.stages.flatMap((stage) =>
		stage.steps.map((step) => progress.entries[step.key]?.updated ?? 0),
	);
	const stages = dated.map((dates, index) => ({
		...dates,
		title: pathway.stages[index]?.title ?? '',
		steps: pathway.stages[index]?.steps.map((step) => step.title) ?? [],
	}));
	const name = `${pathway.id}.ics`;
	const revised = Math.max(schedule?.updated ?? 0, ...marks);
	download(calendarFile(pathway, stages, location.origin, revised), 'text/calendar', name);
	return name;
}
