import { withoutPlanned, withPlanned } from './store';
import { current, subscribe, update } from './storage';

/**
 * The reader's plan, for any island that pins pathways: pathway pages, and the role finder's
 * results ("Add to my plan" beside a recommended pathway). Import from here rather than from the
 * store, so every caller saves, syncs across tabs and re-renders the same way.
 */

/**
 * Pins a pathway, by id, to the end of the reader's plan; already pinned, it stays where it is.
 * Resolves with whether the change was saved.
 */
export function addToMyPlan(pathwayId: string): Promise<boolean> {
	return update((progress) => withPlanned(progress, pathwayId));
}

/** Whether a pathway is in the reader's plan. */
export function isInMyPlan(pathwayId: string): boolean {
	return current().progress.plan.includes(pathwayId);
}

/** Takes a pathway, by id, off the reader's plan; resolves with whether that was saved. */
export function removeFromMyPlan(pathwayId: string): Promise<boolean> {
	return update((progress) => withoutPlanned(progress, pathwayId));
}

/**
 * Calls `listener` after any change to saved progress, in this tab or another (the `storage`
 * event), so a plan button can show whether its pathway is still in the plan.
 */
export function onMyPlanChange(listener: () => void): void {
	subscribe(listener);
}

/**
 * A sentence on why changes may not be kept (storage blocked or full, saved data damaged), or
 * undefined: an island adds it to what it says after a change, besides showing the notice
 * (`showProblem` in `notice.ts`) before any change.
 */
export function myPlanProblem(): string | undefined {
	return current().problem;
}
