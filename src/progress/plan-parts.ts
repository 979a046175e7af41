import { isRecord } from './json-schema';
import { MAX_EVIDENCE } from './model';
import type { Evidence, Progress, Ratings, Schedule } from './schema';

/**
 * Salvaging the parts of saved progress that version 2 added: dated plans (`schedules`), the
 * evidence log and the role finder's saved ratings. The store calls this from its own salvage, so
 * a damaged document keeps them like everything else; `import-merge.ts` merges them on import.
 */

/** The version 2 parts of a document, each present only when it holds something. */
export type PlanParts = Pick<Progress, 'schedules' | 'evidence' | 'ratings'>;

/** Checks for each part, built by the store from the generated schema. */
export interface PartChecks {
	isId: (value: unknown) => value is string;
	isSchedule: (value: unknown) => value is Schedule;
	isEvidence: (value: unknown) => value is Evidence;
	isRatings: (value: unknown) => value is Ratings;
}

/**
 * Keeps every part of a damaged document that is valid on its own: each pathway's dates, each
 * piece of evidence (up to the limit), the ratings if whole.
 */
export function salvageParts(value: Record<string, unknown>, checks: PartChecks): PlanParts {
	const { schedules, evidence, ratings } = value;
	const parts: PlanParts = {};
	if (isRecord(schedules)) {
		const valid = Object.entries(schedules).filter(
			(pair): pair is [string, Schedule] => checks.isId(pair[0]) && checks.isSchedule(pair[1]),
		);
		if (valid.length > 0) parts.schedules = Object.fromEntries(valid);
	}
	if (Array.isArray(evidence)) {
		const valid = evidence.filter(checks.isEvidence).slice(0, MAX_EVIDENCE);
		if (valid.length > 0) parts.evidence = valid;
	}
	if (checks.isRatings(ratings)) parts.ratings = ratings;
	return parts;
}
