import { decodeHTML } from 'entities';
import { endsWithItsTag, scanTags } from './html-tags.ts';

/** A run of text in a page, as it stands there, character references and all. */
export interface HtmlText {
	type: 'text';
	raw: string;
}

/** An element of a page, with its attributes (decoded, by lower-case name) and its content. */
export interface HtmlElement {
	type: 'element';
	/** The element's name, in lower case; the empty string for the root `parseTree` returns. */
	name: string;
	attributes: ReadonlyMap<string, string>;
	children: HtmlNode[];
}

export type HtmlNode = HtmlText | HtmlElement;

/**
 * The elements and text of `html` from `from` to `to`, as a tree under a root without a name,
 * read with `scanTags`: a built page's content, for code that turns it into something else (the
 * Markdown of `/llms-full.txt`). It costs a fraction of a full parser's tree, for pages whose
 * markup Astro wrote and which are well formed: an end tag closes the elements opened since its
 * own start tag, one that closes nothing is ignored, and no element is closed by another's start
 * tag. Comments are left out, though each still ends a run of text. The text of a script, a style
 * and the other elements whose text is not markup is one text node.
 */
export function parseTree(html: string, from = 0, to = html.length): HtmlElement {
	const root: HtmlElement = { type: 'element', name: '', attributes: new Map(), children: [] };
	// The elements open where the reading is, innermost last; the root is never closed.
	const open: HtmlElement[] = [root];
	const current = () => open.at(-1) ?? root;
	scanTags(
		html,
		{
			start: (tag) => {
				const { name, attributes, rawText } = tag;
				const element: HtmlElement = { type: 'element', name, attributes, children: [] };
				current().children.push(element);
				if (rawText && rawText[1] > rawText[0])
					element.children.push({ type: 'text', raw: html.slice(...rawText) });
				if (!endsWithItsTag(tag)) open.push(element);
			},
			end: (name) => {
				const index = open.findLastIndex((element) => element.name === name);
				if (index > 0) open.length = index;
			},
			text: (start, end) => current().children.push({ type: 'text', raw: html.slice(start, end) }),
		},
		from,
		to,
	);
	return root;
}

const rawTextOf = (node: HtmlNode): string =>
	node.type === 'text' ? node.raw : node.children.map(rawTextOf).join('');

/** A node's text, its character references decoded: the text of every text node inside it. */
export function textOf(node: HtmlNode): string {
	const raw = rawTextOf(node);
	return raw.includes('&') ? decodeHTML(raw) : raw;
}

/** The elements under `root` for which `test` holds, in document order. */
export function findElements(
	root: HtmlElement,
	test: (element: HtmlElement) => boolean,
): HtmlElement[] {
	const found: HtmlElement[] = [];
	const visit = (element: HtmlElement) => {
		for (const child of element.children) {
			if (child.type !== 'element') continue;
			if (test(child)) found.push(child);
			visit(child);
		}
	};
	visit(root);
	return found;
}
