import { type Day, formatDay, formatSpan, parseDay } from './calendar-date';
import type { Catalogue } from './catalogue';
import { PROGRESS_STATE_LABELS } from './model';
import type { Evidence, Progress } from './schema';
import { datedStages, describePace } from './schedule';
import { sortedEvidence } from './evidence';
import { describeTally, isStarted, nextStep, tally } from './summary';
import { planStagesOf, stepsOf } from './whats-next';

/**
 * Saved progress as Markdown a reader can keep, paste into a CV or a profile, or print: the
 * evidence log on its own, and a summary of everything beside the JSON file that import reads.
 * The reader's own words are escaped, so a note never turns into a heading or a link.
 */

/** The reader's text on one line, with Markdown's formatting characters escaped. */
function plain(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** A line per piece of evidence, grouped by pathway (and the exercises last), oldest first. */
function evidenceLines(evidence: readonly Evidence[], catalogue: Catalogue): string[] {
	const groups = [
		...catalogue.pathways.map((pathway) => ({ title: pathway.title, items: stepsOf(pathway) })),
		{ title: 'Exercises', items: catalogue.exercises },
	];
	const known = new Set(groups.flatMap((group) => group.items.map((item) => item.key)));
	const retired = evidence.filter((piece) => !known.has(piece.key));
	const sections = [
		...groups,
		{
			title: 'Steps no longer on the site',
			items: retired.map(({ key }) => ({ key, title: key })),
		},
	];
	return sections.flatMap(({ title, items }) => {
		const lines = sortedEvidence(evidence).flatMap((piece) => {
			const item = items.find((candidate) => candidate.key === piece.key);
			if (!item) return [];
			const day = parseDay(piece.date);
			const link = piece.link ? ` <${piece.link.replace(/[<> ]/g, encodeURIComponent)}>` : '';
			return [
				`- **${plain(item.title)}**, ${day === undefined ? piece.date : formatDay(day)}: ${plain(piece.note)}${link}`,
			];
		});
		return lines.length > 0 ? ['', `### ${plain(title)}`, '', ...lines] : [];
	});
}

/** The evidence log as Markdown, ready to paste into a CV or a profile. */
export function evidenceMarkdown(evidence: readonly Evidence[], catalogue: Catalogue): string {
	return `## What I have made\n${evidenceLines(evidence, catalogue).join('\n')}\n`;
}

/** One pathway's line in the summary: its tally, next step and, if dated, its dates. */
function pathwayLine(progress: Progress, pathway: Catalogue['pathways'][number]): string {
	const steps = stepsOf(pathway);
	const next = nextStep(progress.entries, steps);
	const schedule = progress.schedules?.[pathway.id];
	const dated = schedule && datedStages(planStagesOf(pathway), schedule, progress.entries);
	const first = dated?.[0];
	const last = dated?.at(-1);
	return [
		`**${plain(pathway.title)}**: ${describeTally(
			tally(
				progress.entries,
				steps.map((step) => step.key),
			),
		)}.`,
		next ? ` Next step: ${plain(next.title)}.` : ' Every step is done or skipped.',
		schedule && first && last
			? ` Dates: ${formatSpan(first.start, last.end)}, ${describePace(schedule.hoursPerWeek)}.`
			: '',
	].join('');
}

/**
 * Everything saved, as a readable summary: the plan in order, pathways and exercises started,
 * and the evidence log. `today` dates it.
 */
export function progressMarkdown(progress: Progress, catalogue: Catalogue, today: Day): string {
	const byId = new Map(catalogue.pathways.map((pathway) => [pathway.id, pathway]));
	const plan = progress.plan.flatMap((id) => byId.get(id) ?? []);
	const started = catalogue.pathways.filter((pathway) =>
		isStarted(
			tally(
				progress.entries,
				stepsOf(pathway).map((step) => step.key),
			),
		),
	);
	const exercises = catalogue.exercises.flatMap((exercise) => {
		const state = progress.entries[exercise.key]?.state;
		return state ? [`- **${plain(exercise.title)}**: ${PROGRESS_STATE_LABELS[state]}`] : [];
	});
	const section = (title: string, lines: string[]) =>
		lines.length > 0 ? ['', `## ${title}`, '', ...lines] : [];
	const evidence = evidenceLines(progress.evidence ?? [], catalogue);
	return [
		'# My AI Career Atlas progress',
		'',
		`Saved in my browser and exported on ${formatDay(today)}. Dates come from my pace and the site’s planning estimates.`,
		...section(
			'My plan',
			plan.map((pathway, index) => `${index + 1}. ${pathwayLine(progress, pathway)}`),
		),
		...section(
			'Pathways started',
			started.map((pathway) => `- ${pathwayLine(progress, pathway)}`),
		),
		...section('Exercises', exercises),
		...(evidence.length > 0 ? ['', '## What I have made', ...evidence] : []),
		'',
	].join('\n');
}
