import { h } from '../lib/dom';
import { rememberRatings } from '../progress/ratings';
import { pluralise } from '../lib/format';
import { listInWords } from '../lib/words';
import { firmness } from './firmness';
import type { Model } from './model';
import type { Profile } from './profile';
import { formatPoints, formatScore } from './results';

/** How many single changes are listed before the rest are counted. */
const SHOWN_FLIPS = 8;

/** Role titles in a sentence: "A", "A and B", "A, B and C". */
const titles = (model: Model, ids: readonly string[]) =>
	listInWords(ids.map((id) => model.roles.find((role) => role.id === id)?.title ?? id));

/**
 * Fills "How firm is this ranking?" (`Firmness.astro`, inside `host`) for the reader's answers,
 * or hides it when there are no results; and offers to remember the skill ratings, when there
 * are any, for pathway pages.
 */
export function showFirmness(
	host: HTMLElement,
	model: Model,
	profile: Profile,
	ranked: boolean,
): void {
	const section = host.querySelector<HTMLElement>('[data-firmness]');
	if (!section) return;
	section.hidden = !ranked;
	if (!ranked) return;
	const part = (name: string) => section.querySelector<HTMLElement>(`[data-${name}]`);
	const { top, near, flips, moves } = firmness(model, profile);
	const nearLine = part('near');
	if (nearLine) {
		nearLine.hidden = !near;
		if (near)
			nearLine.textContent = `Your top two, ${titles(model, [near.first, near.second])}, ${near.gap === 0 ? 'have the same score' : `are within one point of each other (${formatScore(near.gap)} apart)`}: treat them as equally good places to start.`;
	}
	const flipsBox = part('flips');
	const list = flipsBox?.querySelector('ul');
	const shown = flips
		.slice(0, SHOWN_FLIPS)
		.map(({ change, joins, leaves }) =>
			h(
				'li',
				{},
				`If you ${change}, ${titles(model, joins)} would join your top three, and ${titles(model, leaves)} would leave it.`,
			),
		);
	const more = flips.length - shown.length;
	list?.replaceChildren(
		...shown,
		...(more > 0
			? [h('li', {}, `And ${pluralise(more, 'more single change', 'more single changes')}.`)]
			: []),
	);
	if (flipsBox) flipsBox.hidden = flips.length === 0;
	const summary = flipsBox?.querySelector('summary');
	if (summary)
		summary.textContent = `${pluralise(flips.length, 'single change')} to your answers would change your top three`;
	const firm = part('firm');
	if (firm) firm.hidden = flips.length > 0;
	section
		.querySelector('thead tr')
		?.replaceChildren(
			h('th', { scope: 'col' }, 'Your answer'),
			...top.map((id) => h('th', { scope: 'col' }, titles(model, [id]))),
		);
	section
		.querySelector('tbody')
		?.replaceChildren(
			...moves.map(({ answer, points }) =>
				h(
					'tr',
					{},
					h('th', { scope: 'row' }, answer),
					...points.map((p) => h('td', {}, formatPoints(p))),
				),
			),
		);
	const ratings = part('ratings');
	if (!ratings) return;
	const rated = Object.keys(profile.skills).length > 0;
	ratings.hidden = !rated;
	const topLevel = part('top-level');
	if (topLevel) topLevel.textContent = model.assessment.skills.levels.at(-1)?.label ?? '';
	const button = ratings.querySelector('button');
	const status = ratings.querySelector('[role=status]');
	if (button)
		button.onclick = () => {
			rememberRatings(profile.skills);
			if (status) status.textContent = 'Remembered in this browser.';
		};
}
