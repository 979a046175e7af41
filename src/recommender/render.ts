import { h } from '../lib/dom';
import { planButtonText } from '../progress/plan';
import type { Link } from './model';
import { formatScore, type ResultPathway, type ResultView } from './results';

const link = ({ href, title }: Link) => h('a', { href }, title);

/** Links separated by commas. */
const links = (items: readonly Link[]) =>
	items.flatMap((item, index) => (index === 0 ? [link(item)] : [', ', link(item)]));

/**
 * The "Add to my plan" button for a result's pathway. Its accessible name starts with the visible
 * text and ends with the pathway's title (visually hidden), so the buttons of different results
 * can be told apart by name. `data-plan` holds the pathway id the button pins.
 */
export function planButton({ id, title }: ResultPathway, planned: boolean): HTMLButtonElement {
	const button = h(
		'button',
		{ type: 'button', class: 'atlas-button', 'data-plan': id, 'data-title': title },
		h('span', { 'data-plan-text': '' }),
		h('span', { class: 'sr-only' }, ` (${title})`),
	);
	setPlanButton(button, planned);
	return button;
}

/** Shows whether the button's pathway is in the plan, by what pressing the button will do. */
export function setPlanButton(button: HTMLButtonElement, planned: boolean): void {
	const text = button.querySelector('[data-plan-text]');
	if (text) text.textContent = planButtonText(planned);
}

/**
 * One result: title and score, reachability with what the role expects, the score's terms with
 * their reasons, skill gaps, the next steps (pathway and exercises), on the top results a link to
 * the page of the reader's starting point, and a button that pins
 * the pathway to the reader's plan; `planned` says whether a pathway, by id, is already in it.
 */
export function renderResult(
	result: ResultView,
	planned: (pathwayId: string) => boolean,
): HTMLLIElement {
	const { reach, terms, gaps, pathway, exercises, hub } = result;
	return h(
		'li',
		{ 'data-role-id': result.id, class: result.top ? 'atlas-result atlas-top' : 'atlas-result' },
		h(
			'h3',
			{},
			link(result),
			' ',
			h('span', { class: 'atlas-score' }, formatScore(result.score)),
			result.top && h('span', { class: 'atlas-badge' }, `Top ${result.rank}`),
		),
		reach &&
			h(
				'p',
				{ class: reach.now ? 'atlas-reach atlas-now' : 'atlas-reach' },
				h('strong', {}, reach.now ? 'Reachable now. ' : 'A stretch. '),
				reach.why,
				' Usually expects: ',
				reach.expects,
			),
		terms.length > 0
			? h(
					'ul',
					{ class: 'atlas-terms', 'aria-label': 'Score breakdown' },
					...terms.map(({ points, label, reason }) =>
						h('li', {}, h('strong', {}, points), ` ${label} `, h('span', {}, `(${reason})`)),
					),
				)
			: h('p', {}, 'Nothing in your answers points to this role yet.'),
		gaps.length > 0 && h('p', {}, h('strong', {}, 'Skill gaps: '), gaps.join(', ')),
		(pathway !== undefined || exercises.length > 0) &&
			h(
				'p',
				{},
				h('strong', {}, 'Next steps: '),
				pathway && 'the pathway ',
				pathway && link(pathway),
				pathway && exercises.length > 0 && '; ',
				exercises.length > 0 && 'exercises ',
				...links(exercises),
				'.',
			),
		hub && h('p', {}, 'Every move from ', link(hub), ', side by side.'),
		pathway && h('p', { class: 'atlas-plan' }, planButton(pathway, planned(pathway.id))),
	);
}
