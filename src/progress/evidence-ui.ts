import { h } from '../lib/dom';
import { isoDay, localDay } from './calendar-date';
import { pluralise } from '../lib/format';
import { evidenceCount, readEvidence, withEvidence } from './evidence';
import { showErrors, valueOf } from './fields';
import type { Progress } from './schema';
import { current, update } from './storage';
import { find, fromTemplate } from './template';

/**
 * The evidence log's controls on a step or an exercise: how many pieces the reader recorded for
 * it, with a link to the log on the progress page (where pieces are read, exported and removed),
 * and the form (`EvidenceTemplate.astro`) to record another, checked before anything is saved.
 */

/** The evidence controls for one item (`key`); `render` updates its count from saved progress. */
export function evidenceBlock(
	template: HTMLTemplateElement,
	key: string,
	title: string,
): { element: HTMLElement; render: (progress: Progress) => void } {
	const element = fromTemplate(template, { id: `evidence-${key.replace('/', '--')}` });
	const count = find(element, '[data-count]');
	const form = find<HTMLFormElement>(element, 'form');
	const date = find<HTMLInputElement>(form, '[name=date]');
	find(element, 'summary').append(h('span', { class: 'sr-only' }, ` for: ${title}`));
	const today = () => isoDay(localDay(Date.now()));
	find(element, 'details').addEventListener('toggle', () => {
		date.max = today();
		date.value ||= today();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const { piece, invalid, full } = readEvidence(
			{ note: valueOf(form, 'note'), link: valueOf(form, 'link'), date: date.value },
			localDay(Date.now()),
			current().progress.evidence?.length ?? 0,
		);
		if (showErrors(form, invalid) || showErrors(form, full ? ['note'] : [], 'full')) return;
		const now = Date.now();
		update((progress) => withEvidence(progress, key, piece, now));
		form.reset();
		date.value = today();
		find(element, '[role=status]').textContent = 'Saved to your evidence log.';
	});
	return {
		element,
		render: (progress) => {
			const pieces = evidenceCount(progress, key);
			find(count, 'span').textContent = `${pluralise(pieces, 'piece')} of evidence recorded.`;
			count.hidden = pieces === 0;
		},
	};
}
