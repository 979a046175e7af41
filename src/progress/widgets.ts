import { describeTally, finished, type Tally } from './summary';
import { h } from '../lib/dom';

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
