import { PROGRESS_STATE_LABELS } from './model';
import { isStarted, tally } from './summary';
import { h } from '../lib/dom';
import { meter } from './widgets';
import { showProblem } from './notice';
import { current, subscribe } from './storage';

/** One listed item: its link's address and its keys, as `IndexProgress.astro` embeds them. */
interface IndexItem {
	href: string;
	keys: string[];
}

/** Whether embedded JSON has the shape the component writes. */
function isItems(value: unknown): value is IndexItem[] {
	return (
		Array.isArray(value) &&
		value.every(
			(item: unknown) =>
				typeof item === 'object' &&
				item !== null &&
				'href' in item &&
				typeof item.href === 'string' &&
				'keys' in item &&
				Array.isArray(item.keys),
		)
	);
}

/**
 * `<atlas-progress-index>`: a small progress line under every started item of an index page:
 * a tally for a pathway, the state for an exercise.
 */
class IndexProgress extends HTMLElement {
	connectedCallback(): void {
		const data: unknown = JSON.parse(this.querySelector('script')?.textContent ?? '[]');
		if (!isItems(data)) return;
		const single = this.dataset['kind'] === 'single';
		const lines = data.flatMap(({ href, keys }) => {
			const link = document.querySelector(`main .atlas-link-list a[href="${CSS.escape(href)}"]`);
			const line = h('p', { class: 'atlas-progress-line' });
			link?.parentElement?.append(line);
			return link ? [{ line, keys }] : [];
		});
		const render = () => {
			const { progress } = current();
			const box = this.querySelector<HTMLElement>('[data-problem]');
			if (box) showProblem(box);
			for (const { line, keys } of lines) {
				const counts = tally(progress.entries, keys);
				const state = progress.entries[keys[0] ?? '']?.state;
				line.hidden = !isStarted(counts);
				line.replaceChildren(
					single ? (state ? `Your progress: ${PROGRESS_STATE_LABELS[state]}` : '') : meter(counts),
				);
			}
		};
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-index', IndexProgress);
