import { pluralise } from '../lib/format';
import type { Progress } from './schema';

/**
 * Counts of saved states over the steps a page knows. Only the keys passed in count, so steps
 * removed from content stay in saved data without inflating or deflating anyone's progress.
 */
export interface Tally {
	total: number;
	done: number;
	inProgress: number;
	skipped: number;
}

/** Tallies the saved states of the given keys; each key counts once. */
export function tally(entries: Progress['entries'], keys: readonly string[]): Tally {
	const result: Tally = { total: 0, done: 0, inProgress: 0, skipped: 0 };
	for (const key of new Set(keys)) {
		result.total += 1;
		const state = Object.hasOwn(entries, key) ? entries[key]?.state : undefined;
		if (state === 'done') result.done += 1;
		else if (state === 'in-progress') result.inProgress += 1;
		else if (state === 'skipped') result.skipped += 1;
	}
	return result;
}

/** Whether the reader has marked anything in the tally. */
export function isStarted(counts: Tally): boolean {
	return counts.done + counts.inProgress + counts.skipped > 0;
}

/**
 * Steps dealt with: done or skipped. Skipping what you already know moves you forward, so progress
 * bars count both.
 */
export function finished(counts: Tally): number {
	return counts.done + counts.skipped;
}

/** "3 of 8 steps done, 1 skipped, 2 in progress": a tally in words, zero parts left out. */
export function describeTally(counts: Tally): string {
	const parts = [`${counts.done} of ${pluralise(counts.total, 'step')} done`];
	if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
	if (counts.inProgress > 0) parts.push(`${counts.inProgress} in progress`);
	return parts.join(', ');
}
