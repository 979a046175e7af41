import { invalidFields, scheduleSchema, typedNumber, weeksSchema } from './form-check';
import { findProblem } from './json-schema';
import type { Progress, Schedule } from './schema';

/**
 * The dates form's model: reading what the reader typed, checked against the saved-data schema,
 * and saving or removing a pathway's dates. The date arithmetic is in `schedule.ts`.
 */

/** What the dates form holds, as the fields give it: text. */
export interface ScheduleInput {
	start: string;
	hoursPerWeek: string;
	/** Stage lengths by stage id; blank for the estimate. */
	weeks: Readonly<Record<string, string>>;
}

/**
 * The dates form read and checked against the saved-data schema: the schedule it describes, and
 * the fields that are wrong (`start`, `hoursPerWeek`, `weeks-<stage id>`). Saved when none is.
 */
export function readSchedule(input: ScheduleInput): {
	schedule: Omit<Schedule, 'updated'>;
	invalid: string[];
} {
	const weeks: Record<string, number> = {};
	const invalid: string[] = [];
	for (const [id, text] of Object.entries(input.weeks)) {
		const value = typedNumber(text);
		if (value === undefined) continue;
		weeks[id] = value;
		if (findProblem(weeksSchema, value) !== undefined) invalid.push(`weeks-${id}`);
	}
	const hours = typedNumber(input.hoursPerWeek);
	const schedule = { start: input.start, hoursPerWeek: hours ?? Number.NaN, weeks };
	const fields = { ...schedule, hoursPerWeek: hours };
	return {
		schedule,
		invalid: [...invalidFields(scheduleSchema, fields, ['start', 'hoursPerWeek']), ...invalid],
	};
}

/** Saves a pathway's dates. */
export function withSchedule(
	progress: Progress,
	pathwayId: string,
	schedule: Omit<Schedule, 'updated'>,
	now: number,
): Progress {
	return {
		...progress,
		schedules: { ...progress.schedules, [pathwayId]: { ...schedule, updated: now } },
	};
}

/** Removes a pathway's dates. */
export function withoutSchedule(progress: Progress, pathwayId: string): Progress {
	const { [pathwayId]: _removed, ...schedules } = progress.schedules ?? {};
	return { ...progress, schedules };
}
