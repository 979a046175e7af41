import fc from 'fast-check';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { validMarkup } from '../../tests/fixtures/markup';
import { type HtmlNode, findElements, parseTree, textOf } from './html-tree';

/** A tree as plain data: elements as `[name, attributes, children]`, text as its raw string. */
type Shape = string | [string, Record<string, string>, Shape[]];

const shapeOf = (node: HtmlNode): Shape =>
	node.type === 'text'
		? node.raw
		: [node.name, Object.fromEntries(node.attributes), node.children.map(shapeOf)];

/** node-html-parser's tree in the same shape: the oracle `parseTree` must agree with. */
function parsedShape(node: Node): Shape[] {
	if (node.nodeType === NodeType.TEXT_NODE) return node.rawText ? [node.rawText] : [];
	if (node.nodeType !== NodeType.ELEMENT_NODE) return [];
	const element = node as HTMLElement;
	return [
		[
			element.rawTagName.toLowerCase(),
			{ ...element.attributes },
			element.childNodes.flatMap(parsedShape),
		],
	];
}

describe('parseTree', () => {
	test('nests elements, leaves void and self-closed ones empty, and keeps text as written', () => {
		const tree = parseTree(
			'<p class="a">Tom &amp; <em>Jerry</em><br>x<svg><path d="M0"/></svg></p><!-- c -->y',
		);
		expect(tree.children.map(shapeOf)).toEqual([
			[
				'p',
				{ class: 'a' },
				[
					'Tom &amp; ',
					['em', {}, ['Jerry']],
					['br', {}, []],
					'x',
					['svg', {}, [['path', { d: 'M0' }, []]]],
				],
			],
			'y',
		]);
	});

	test("keeps a script's text as one node, and ignores an end tag that closes nothing", () => {
		const tree = parseTree('<div><script>if (a < b) x("</p>")</script></span>z</div>');
		expect(tree.children.map(shapeOf)).toEqual([
			['div', {}, [['script', {}, ['if (a < b) x("</p>")']], 'z']],
		]);
	});

	test('closes the elements left open inside one an end tag closes', () => {
		expect(parseTree('<div><p><em>a</p>b</div>c').children.map(shapeOf)).toEqual([
			['div', {}, [['p', {}, [['em', {}, ['a']]]], 'b']],
			'c',
		]);
	});

	test('reads only the range it is given', () => {
		const html = '<header>h</header><main><p>m</p></main><footer>f</footer>';
		expect(parseTree(html, 18, 39).children.map(shapeOf)).toEqual([
			['main', {}, [['p', {}, ['m']]]],
		]);
	});

	test('gives text with its character references decoded, and finds elements in order', () => {
		const tree = parseTree('<ol><li>a &lt; b</li><li><ol><li>c&nbsp;d</li></ol></li></ol>');
		const items = findElements(tree, ({ name }) => name === 'li');
		expect(items.map(textOf)).toEqual(['a < b', 'c\u00a0d', 'c\u00a0d']);
	});

	test('builds the tree node-html-parser builds, on random valid markup', () => {
		const markup = validMarkup({
			words: ['a', ' b ', '1 < 2', '>', '&amp;', '&lt;p&gt;', '"', "'", '/', '\n'],
			attributes: fc
				.tuple(
					fc.constantFrom('', ' class="x  y"', " class='note'", ' class=z'),
					fc.constantFrom('', ' hidden', ' aria-hidden="true"'),
					fc.constantFrom('', ' title="a > b"', " data-x='</p>'", ' href="/a/?b=1&amp;c=2"'),
				)
				.map((parts) => parts.join('')),
			leaves: ['<br>', '<br/>', '<img src="x.png" alt="a">', '<hr>', '<input hidden>'],
			// `pre` left out: node-html-parser reads its content as text, where browsers see elements.
			textBlocks: ['p', 'h2', 'dt'],
		});
		fc.assert(
			fc.property(markup, (html) => {
				const root = parse(html) as HTMLElement;
				expect(parseTree(html).children.map(shapeOf)).toEqual(root.childNodes.flatMap(parsedShape));
			}),
			{ numRuns: 2000 },
		);
	});
});
