import { h } from '../lib/dom';
import { formatDay, parseDay } from './calendar-date';
import { type EvidenceGroup, withoutEvidence } from './evidence-groups';
import type { Evidence } from './schema';
import { update } from './storage';

/** One piece: its date, the note, the link, and a button that removes it, after asking. */
function pieceItem(piece: Evidence): HTMLLIElement {
	const day = parseDay(piece.date);
	const button = h(
		'button',
		{ type: 'button', class: 'atlas-button', 'aria-label': `Remove: ${piece.note}` },
		'Remove',
	);
	button.addEventListener('click', () => {
		if (confirm(`Remove “${piece.note}” from your evidence log?`))
			update((progress) => withoutEvidence(progress, piece.key, piece.added));
	});
	return h(
		'li',
		{},
		h('strong', {}, day === undefined ? piece.date : formatDay(day)),
		` ${piece.note} `,
		piece.link && h('a', { href: piece.link, rel: 'nofollow noopener' }, piece.link),
		' ',
		button,
	);
}

/**
 * The evidence log on `/progress/`: a section per group, each step or exercise linked, its pieces
 * with a button to remove each.
 */
export function evidenceLog(groups: readonly EvidenceGroup[]): HTMLElement[] {
	return groups.map(({ title, items }) =>
		h(
			'section',
			{},
			h('h3', {}, title),
			h(
				'ul',
				{ class: 'atlas-progress-list' },
				...items.map((item) =>
					h(
						'li',
						{},
						item.href ? h('a', { href: item.href }, item.title) : item.title,
						h('ul', { class: 'atlas-evidence-list' }, ...item.pieces.map(pieceItem)),
					),
				),
			),
		),
	);
}
