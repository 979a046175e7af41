import { pluralise } from '../lib/format';
import { MAX_EVIDENCE } from './model';
import type { PlanParts } from './plan-parts';
import type { Evidence, Progress } from './schema';
import { merge, newer } from './store';

/**
 * Export and import on the progress page: what a file holds, in words, and merging an imported
 * file into saved progress, every part of it (the store's `merge` for steps, exercises, the plan
 * and the matrix, and here the parts version 2 added). Only the progress page loads this.
 */

/** The same piece of evidence: recorded for the same item at the same moment. */
const sameEvidence = (a: Evidence, b: Evidence) => a.key === b.key && a.added === b.added;

/**
 * Merges the version 2 parts of an import into the current ones: for each pathway the more
 * recently changed dates win, the evidence log gains the imported pieces it lacks (after its
 * own, so nothing already here moves), and the more recently saved ratings win.
 */
function mergeParts(current: PlanParts, incoming: PlanParts): PlanParts {
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

/** Merges an imported document into the current one, every part (see above and `merge`). */
export function mergeImport(current: Progress, incoming: Progress): Progress {
	return { ...merge(current, incoming), ...mergeParts(current, incoming) };
}

/**
 * Whether a document's evidence log is over its limit, as a merge can make it; the page refuses
 * such a merge rather than save what an import would later refuse.
 */
export function tooMuchEvidence(progress: PlanParts): boolean {
	return (progress.evidence?.length ?? 0) > MAX_EVIDENCE;
}

/**
 * What a saved document holds, in words, for the messages after an export or an import: "5 saved
 * states, 2 pathways in your plan, 1 dated plan and 2 pieces of evidence". Parts with nothing are
 * left out, so the sentence never lists zeros.
 */
export function describeSaved(progress: Progress): string {
	const dated = Object.keys(progress.schedules ?? {}).length;
	const pieces = progress.evidence?.length ?? 0;
	const parts = [
		pluralise(Object.keys(progress.entries).length, 'saved state'),
		...(progress.plan.length > 0
			? [`${pluralise(progress.plan.length, 'pathway')} in your plan`]
			: []),
		...(dated > 0 ? [pluralise(dated, 'dated plan')] : []),
		...(pieces > 0 ? [`${pluralise(pieces, 'piece')} of evidence`] : []),
		...(progress.worksheets.skillsMatrix ? ['your skills matrix'] : []),
	];
	const last = parts.pop() ?? '';
	return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}
