import { describeTally, finished, type Tally } from './summary';
import { h } from '../lib/dom';
import { confirmReset } from './storage';

/**
 * A progress bar with its tally in words. The bar is hidden from assistive technology because the
 * words carry the same information.
 */
export function meter(counts: Tally): HTMLElement {
	return h(
		'span',
		{ class: 'atlas-meter' },
		h('progress', {
			max: String(Math.max(counts.total, 1)),
			value: String(finished(counts)),
			'aria-hidden': 'true',
		}),
		describeTally(counts),
	);
}

/**
 * Fills `box` with the notice for unreadable saved data or blocked storage, with a reset button,
 * or empties and hides it when there is nothing to say.
 */
export function showProblem(box: HTMLElement, problem: string | undefined): void {
	box.hidden = problem === undefined;
	if (problem === undefined) return box.replaceChildren();
	const button = h('button', { type: 'button', class: 'atlas-button' }, 'Reset saved progress');
	button.addEventListener('click', confirmReset);
	box.replaceChildren(
		h('p', {}, problem, ' Everything else works; you can carry on, or start again.'),
		h('p', {}, button),
	);
}
