import { withRatings } from './known';
import { update } from './storage';

/**
 * The role finder's skill self-ratings, saved with progress when the reader asks, so pathway
 * pages can offer to skip the steps for skills rated at the top of the scale (see `known.ts`).
 */

/** Saves the ratings now, through the store every island uses. */
export function rememberRatings(skills: Readonly<Record<string, number>>): void {
	const now = Date.now();
	update((progress) => withRatings(progress, skills, now));
}
