/**
 * What the "Add to my plan" buttons say, in one place: the pathway page's progress panel and the
 * role finder's results pin pathways to the same plan, so they read the same.
 */

/** The button's text: what pressing it will do, given whether the pathway is in the plan now. */
export function planButtonText(planned: boolean): string {
	return planned ? 'Remove from my plan' : 'Add to my plan';
}

/**
 * The sentence the status line reads after the button is pressed: whether the pathway is now in
 * the plan, named by title where several buttons share one status line.
 */
export function planStatusText(planned: boolean, title?: string): string {
	const what = title === undefined ? '' : ` ${title}`;
	return planned
		? `Added${what} to your plan; see it on the progress page.`
		: `Removed${what} from your plan.`;
}
