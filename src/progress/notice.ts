import { download, h } from '../lib/dom';
import { confirmReset, current, takeUnreadable } from './storage';

/**
 * The notice every page that can change saved progress shows before any change: what could not be
 * read (or that storage will not keep changes), with a way to download the unreadable original
 * and a reset. Kept apart from the other widgets so the role finder loads only this.
 */

/**
 * Saves a progress document as a dated JSON file, `ai-career-atlas-<what>-2026-11-22.json`, and
 * returns that name so the page can tell the reader what to look for in their downloads.
 */
export function downloadProgressFile(text: string, what = 'progress'): string {
	const name = `ai-career-atlas-${what}-${new Date().toISOString().slice(0, 10)}.json`;
	download(text, 'application/json', name);
	return name;
}

function button(text: string, action: () => void): HTMLButtonElement {
	const element = h('button', { type: 'button', class: 'atlas-button' }, text);
	element.addEventListener('click', action);
	return element;
}

/**
 * Fills `box` with the notice for saved data this page cannot read whole, or for blocked storage,
 * or empties and hides it when there is nothing to say.
 */
export function showProblem(box: HTMLElement): void {
	const { problem, original } = current();
	box.hidden = problem === undefined;
	if (problem === undefined) return box.replaceChildren();
	const keep =
		original &&
		button('Download the original', () => {
			const raw = takeUnreadable();
			if (raw !== undefined) downloadProgressFile(raw, 'progress-unreadable');
		});
	box.replaceChildren(
		h('p', {}, problem, ' Everything else works; you can carry on, or start again.'),
		h('p', {}, keep, keep && ' ', button('Reset saved progress', confirmReset)),
	);
}
