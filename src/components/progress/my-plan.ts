import { withoutPlanned, withPlanned } from '../../utils/progress/store';
import { current, update } from './storage';

/**
 * The reader's plan, for any island that pins pathways: pathway pages, and the role finder's
 * results ("Add to my plan" beside a recommended pathway). Import from here rather than from the
 * store, so every caller saves, syncs across tabs and re-renders the same way.
 */

/** Pins a pathway, by id, to the end of the reader's plan; already pinned, it stays where it is. */
export function addToMyPlan(pathwayId: string): void {
	update((progress) => withPlanned(progress, pathwayId));
}

/** Whether a pathway is in the reader's plan. */
export function isInMyPlan(pathwayId: string): boolean {
	return current().progress.plan.includes(pathwayId);
}

/** Takes a pathway, by id, off the reader's plan. */
export function removeFromMyPlan(pathwayId: string): void {
	update((progress) => withoutPlanned(progress, pathwayId));
}
