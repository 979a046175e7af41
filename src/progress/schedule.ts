import { type Day, formatSpan, localDay, parseDay } from './calendar-date';
import type { Progress, Schedule } from './schema';

/**
 * Dated plans: a start date and a pace turn each stage's planning estimate into calendar dates.
 * The rule, stated the same way on the page and in the README: a stage takes the middle of its
 * estimate; an estimate in weeks or months is read as part-time work at `PART_TIME_HOURS` a week,
 * so at twice the hours it takes half as long; an estimate in hours is divided by the hours a
 * week. Lengths are rounded to whole weeks, at least one. A stage whose steps are all done or
 * skipped ends on the day the last of them was marked, and the stages after it move.
 */

/** Part time, and the pace the estimates are read at: hours a week. */
export const PART_TIME_HOURS = 10;

/** Full time: hours a week. */
export const FULL_TIME_HOURS = 40;

/** Weeks in a month, on average: 52 weeks over 12 months. */
const WEEKS_PER_MONTH = 52 / 12;

/** A duration as content writes it. */
export interface StageDuration {
	min: number;
	max: number;
	unit: 'hours' | 'weeks' | 'months';
}

/** What dating a stage needs: its id, its estimate and its steps' saved-progress keys. */
export interface PlanStage {
	id: string;
	duration: StageDuration;
	keys: readonly string[];
}

/** A stage with its dates. */
export interface DatedStage {
	id: string;
	/** The first day of the stage. */
	start: Day;
	/** The last day of the stage (inclusive). */
	end: Day;
	/** Its length in weeks, from the estimate at the reader's pace or as the reader set it. */
	weeks: number;
	/** Whether the reader set the length. */
	set: boolean;
	/** Whether every step is done or skipped: the stage then ends on the day it was finished. */
	finished: boolean;
}

/** A stage's length in whole weeks at a pace: the rule above. */
export function estimatedWeeks(duration: StageDuration, hoursPerWeek: number): number {
	const middle = (duration.min + duration.max) / 2;
	const weeks =
		duration.unit === 'hours'
			? middle / hoursPerWeek
			: (middle * (duration.unit === 'months' ? WEEKS_PER_MONTH : 1) * PART_TIME_HOURS) /
				hoursPerWeek;
	return Math.max(1, Math.round(weeks));
}

/**
 * The dates of every stage, in order. Each starts the day after the one before ends. A finished
 * stage ends on the (local) day its last step was marked, or on its first day if it was finished
 * before it began; any other stage lasts its length in weeks.
 */
export function datedStages(
	stages: readonly PlanStage[],
	schedule: Schedule,
	entries: Progress['entries'],
	dayOf: (instant: number) => Day = localDay,
): DatedStage[] {
	let start = parseDay(schedule.start) ?? 0;
	return stages.map(({ id, duration, keys }) => {
		const set = Object.hasOwn(schedule.weeks, id);
		const weeks = (set && schedule.weeks[id]) || estimatedWeeks(duration, schedule.hoursPerWeek);
		const marks = keys.map((key) => (Object.hasOwn(entries, key) ? entries[key] : undefined));
		const finished =
			marks.length > 0 && marks.every((mark) => mark !== undefined && mark.state !== 'in-progress');
		const end = finished
			? Math.max(start, ...marks.map((mark) => dayOf(mark?.updated ?? 0)))
			: start + weeks * 7 - 1;
		const stage = { id, start, end, weeks, set, finished };
		start = end + 1;
		return stage;
	});
}

/** "part time, 10 hours a week", "full time, 40 hours a week", "15 hours a week". */
export function describePace(hoursPerWeek: number): string {
	const hours = `${hoursPerWeek} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
	if (hoursPerWeek === PART_TIME_HOURS) return `part time, ${hours}`;
	if (hoursPerWeek === FULL_TIME_HOURS) return `full time, ${hours}`;
	return hours;
}

/** A dated plan in one line: "Your dates: 23 March 2026 to 23 August 2026, part time, 10 hours a week." */
export function describePlan(schedule: Schedule, dated: readonly DatedStage[]): string {
	const first = dated[0];
	const last = dated.at(-1);
	const span = first && last ? `${formatSpan(first.start, last.end)}, ` : '';
	return `Your dates: ${span}${describePace(schedule.hoursPerWeek)}.`;
}

/** A stage's dates in words: "7 September 2026 to 6 December 2026 (13 weeks)". */
export function describeStage(stage: DatedStage): string {
	const span = formatSpan(stage.start, stage.end);
	if (stage.finished) return `finished, ${span}`;
	return `${span} (${stage.weeks} ${stage.weeks === 1 ? 'week' : 'weeks'}${stage.set ? ', your length' : ''})`;
}
