import type { Link } from '../../utils/recommender/model';
import { formatScore, type ResultView } from '../../utils/recommender/results';

/** Something an element can contain: a node, text (always inserted as text), or nothing. */
type Child = Node | string | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup, so
 * content and URL-fragment data cannot inject HTML.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElementTagNameMap[Tag] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) if (child !== undefined && child !== false) element.append(child);
	return element;
}

const link = ({ href, title }: Link) => h('a', { href }, title);

/** Links separated by commas. */
const links = (items: readonly Link[]) =>
	items.flatMap((item, index) => (index === 0 ? [link(item)] : [', ', link(item)]));

/**
 * One result: title and score, reachability with what the role expects, the score's terms with
 * their reasons, skill gaps, and the next steps (pathway and exercises).
 */
export function renderResult(result: ResultView): HTMLLIElement {
	const { reach, terms, gaps, pathway, exercises } = result;
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
	);
}
