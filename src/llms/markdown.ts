import { hasClass } from '../build/html-tags.ts';
import { type HtmlElement, type HtmlNode, findElements, textOf } from '../build/html-tree.ts';
import { MARKDOWN_CONTENT_CLASS } from '../build/main-range.ts';

/*
 * Built HTML turned back into Markdown: headings, paragraphs, lists, tables, emphasis, code and
 * links, in reading order. The full text for assistants (`/llms-full.txt`) and the benchmark's
 * default Starlight twin of every page (tests/bench/baseline.ts) are both made with it.
 */

/** Elements whose text is not reading text: code the browser runs, controls, icons. */
const SKIPPED = new Set([
	'script',
	'style',
	'template',
	'svg',
	'noscript',
	'select',
	'option',
	'input',
	'button',
	'textarea',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set([
	'p',
	'dt',
	'dd',
	'summary',
	'figcaption',
	'legend',
	'caption',
	'label',
]);
const BLOCKS = new Set([
	...HEADINGS,
	...PARAGRAPHS,
	'ul',
	'ol',
	'li',
	'table',
	'div',
	'section',
	'dl',
	'details',
	'fieldset',
	'form',
	'figure',
	'blockquote',
]);

/** An inline element the site's CSS shows on a line of its own (a figure's source): spaced. */
const SHOWN_AS_BLOCK = 'atlas-source';

const tagOf = (node: HtmlNode) => (node.type === 'element' ? node.name : '');

/**
 * Whether a node carries no reading text: code, controls and icons, anything hidden, and text
 * only screen readers get (Starlight's "Section titled …" heading links included).
 */
function skipped(node: HtmlNode): boolean {
	if (node.type !== 'element' || SKIPPED.has(node.name)) return true;
	const { attributes } = node;
	return (
		attributes.has('hidden') ||
		attributes.get('aria-hidden') === 'true' ||
		hasClass(attributes, 'sr-only') ||
		hasClass(attributes, 'sl-anchor-link')
	);
}

/** Turns a link's `href` into the address to write (absolute, for text read off the site). */
type LinkResolver = (href: string) => string;
const escape = (text: string) => text.replace(/([\\*_[\]<>`])/g, '\\$1');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text between two marks (`**bold**`), or nothing when there is no text. */
const wrapped = (text: string, mark: string) => (text ? `${mark}${text}${mark}` : '');

/** A node's text as inline Markdown: emphasis, code and links kept, everything else flattened. */
function inline(node: HtmlNode, link: LinkResolver): string {
	if (node.type === 'text') return escape(textOf(node).replace(/\s+/g, ' '));
	if (skipped(node)) return '';
	const tag = node.name;
	const inner = node.children.map((child) => inline(child, link)).join('');
	if (tag === 'a') {
		const href = node.attributes.get('href');
		return href ? `[${squash(inner)}](${link(href)})` : inner;
	}
	if (tag === 'strong' || tag === 'b') return wrapped(squash(inner), '**');
	if (tag === 'em' || tag === 'i') return wrapped(squash(inner), '*');
	if (tag === 'code') return `\`${textOf(node)}\``;
	// The page draws a quotation's marks with CSS; the text needs them written out.
	if (tag === 'q') return `“${inner}”`;
	return BLOCKS.has(tag) || hasClass(node.attributes, SHOWN_AS_BLOCK) ? ` ${inner} ` : inner;
}

const hasBlocks = (node: HtmlElement) => node.children.some((child) => BLOCKS.has(tagOf(child)));

/**
 * A description list as a Markdown list, one item per term: `- **Level**: Beginner`, a term
 * with several descriptions joining them with semicolons.
 */
function definitions(list: HtmlElement, link: LinkResolver): string[] {
	const items: { term: string; descriptions: string[] }[] = [];
	for (const child of list.children.filter((node) => !skipped(node))) {
		const text = squash(inline(child, link));
		if (tagOf(child) === 'dt') items.push({ term: text, descriptions: [] });
		else if (tagOf(child) === 'dd' && text) items.at(-1)?.descriptions.push(text);
	}
	const lines = items.map(({ term, descriptions }) =>
		descriptions.length > 0 ? `- **${term}**: ${descriptions.join('; ')}` : `- **${term}**`,
	);
	return lines.length > 0 ? [lines.join('\n')] : [];
}

/** A node as Markdown blocks, in reading order. */
function blocks(node: HtmlNode, link: LinkResolver): string[] {
	if (node.type === 'text') {
		const text = squash(textOf(node));
		return text ? [escape(text)] : [];
	}
	if (skipped(node)) return [];
	const tag = node.name;
	const text = () => squash(inline(node, link));
	/** The element's text as one block, or none when it has no text. */
	const textBlock = () => [text()].filter(Boolean);
	if (HEADINGS.has(tag)) return [`${'#'.repeat(Math.max(2, Number(tag.slice(1))))} ${text()}`];
	if (PARAGRAPHS.has(tag)) return textBlock();
	if (tag === 'dl') return definitions(node, link);
	if (tag === 'li') {
		const inner = hasBlocks(node)
			? node.children.flatMap((child) => blocks(child, link))
			: textBlock();
		const item = inner.join('\n').replaceAll('\n', '\n  ');
		return item ? [`- ${item}`] : [];
	}
	if (tag === 'table') {
		const rows = findElements(node, ({ name }) => name === 'tr').map((row) =>
			findElements(row, ({ name }) => name === 'th' || name === 'td').map((cell) =>
				squash(inline(cell, link)),
			),
		);
		const width = Math.max(...rows.map((row) => row.length));
		const line = (cells: string[]) =>
			`| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
		const [head = [], ...body] = rows;
		return [[line(head), line(Array(width).fill('---')), ...body.map(line)].join('\n')];
	}
	if (tag === 'ul' || tag === 'ol') {
		const items = node.children.flatMap((child) => blocks(child, link));
		return items.length > 0 ? [items.join('\n')] : [];
	}
	if (BLOCKS.has(tag) || hasBlocks(node))
		return node.children.flatMap((child) => blocks(child, link));
	return textBlock();
}

/**
 * The Markdown of an element's content. Links keep their `href` unless `link` rewrites them
 * (the full text for assistants makes them absolute).
 */
export function markdownOf(element: HtmlElement, link: LinkResolver = (href) => href): string {
	return blocks(element, link).join('\n\n');
}

/** A built Starlight page's Markdown content (`.sl-markdown-content`), in a tree of its `<main>`. */
export const pageContent = (main: HtmlElement): HtmlElement | undefined =>
	findElements(main, ({ attributes }) => hasClass(attributes, MARKDOWN_CONTENT_CLASS))[0];
