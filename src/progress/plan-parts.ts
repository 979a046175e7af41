import { isRecord } from './json-schema';
import { MAX_EVIDENCE } from './model';
import type { Evidence, Progress, Ratings, Schedule } from './schema';

/**
 * Salvaging and merging the parts of saved progress that version 2 added: dated plans
 * (`schedules`), the evidence log and the role finder's saved ratings. The store calls these from
 * its own salvage and merge, so a damaged document or an import keeps them like everything else.
 */

/** The version 2 parts of a document, each present only when it holds something. */
type PlanParts = Pick<Progress, 'schedules' | 'evidence' | 'ratings'>;

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

/** The newer of two timestamped values; the first on a tie, so merging is stable. */
export const newer = <T extends { updated: number }>(a: T | undefined, b: T | undefined) =>
	a === undefined || (b !== undefined && b.updated > a.updated) ? b : a;

/** The same piece of evidence: recorded for the same item at the same moment. */
const sameEvidence = (a: Evidence, b: Evidence) => a.key === b.key && a.added === b.added;

/**
 * Merges the version 2 parts of an import into the current ones: for each pathway the more
 * recently changed dates win, the evidence log gains the imported pieces it lacks (after its
 * own, so nothing already here moves), and the more recently saved ratings win. The log may then
 * exceed its limit; the import checks that before saving (see `tooMuchEvidence`).
 */
export function mergeParts(current: PlanParts, incoming: PlanParts): PlanParts {
	const schedules = { ...current.schedules };
	for (const [id, schedule] of Object.entries(incoming.schedules ?? {})) {
		const winner = newer(schedules[id], schedule);
		if (winner) schedules[id] = winner;
	}
	const evidence = [...(current.evidence ?? [])];
	for (const piece of incoming.evidence ?? []) {
		if (!evidence.some((other) => sameEvidence(other, piece))) evidence.push(piece);
	}
	const ratings = newer(current.ratings, incoming.ratings);
	return {
		...(Object.keys(schedules).length > 0 && { schedules }),
		...(evidence.length > 0 && { evidence }),
		...(ratings && { ratings }),
	};
}

/** Whether a document's evidence log is over its limit, as a merge can make it. */
export function tooMuchEvidence(progress: PlanParts): boolean {
	return (progress.evidence?.length ?? 0) > MAX_EVIDENCE;
}
