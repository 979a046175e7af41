import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { firstUses, type TermMatcher } from './terms';

/**
 * Elements whose text is never linked: links and headings already say where they go or what
 * follows, code is literal, a `<dfn>` is a definition itself, and controls, scripts and islands
 * (`.not-content`) are not prose.
 */
const SKIPPED = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'kbd',
	'dfn',
	'script',
	'style',
	'svg',
	'button',
	'label',
	'summary',
	'select',
	'option',
	'textarea',
	'template',
]);

const skipped = (element: HTMLElement) =>
	SKIPPED.has(element.rawTagName?.toLowerCase() ?? '') ||
	element.classList.contains('not-content') ||
	element.hasAttribute('hidden');

/** The text nodes of an element that may be linked, in document order. */
function* proseText(element: HTMLElement): Generator<Node> {
	for (const child of element.childNodes) {
		if (child.nodeType === NodeType.TEXT_NODE) yield child;
		else if (child.nodeType === NodeType.ELEMENT_NODE) {
			const inner = child as HTMLElement;
			if (!skipped(inner)) yield* proseText(inner);
		}
	}
}

/** An insertion into the page's HTML: the text at `[start, end)` becomes `html`. */
interface Edit {
	start: number;
	end: number;
	html: string;
}

/**
 * Links the first use of each glossary term in a built page's main content (Starlight's
 * `.sl-markdown-content`) to the term's entry, in document order, skipping headings, links, code
 * and controls. Only the matched words change: the rest of the page stays byte for byte as it was,
 * so scripts, their hashes and every attribute are untouched. A page without that content comes
 * back as it was.
 */
export function linkFirstTerms(
	html: string,
	matchers: readonly TermMatcher[],
	hrefFor: (termId: string) => string,
): string {
	const content = parse(html, { comment: true }).querySelector('.sl-markdown-content');
	if (!content) return html;
	const used = new Set<string>();
	const edits: Edit[] = [];
	for (const node of proseText(content)) {
		const [offset] = node.range;
		const raw = html.slice(...node.range);
		for (const { id, start, end } of firstUses(raw, matchers, used)) {
			const words = raw.slice(start, end);
			edits.push({
				start: offset + start,
				end: offset + end,
				html: `<a href="${hrefFor(id)}" class="atlas-term-link">${words}</a>`,
			});
		}
	}
	return edits.reduceRight(
		(page, edit) => page.slice(0, edit.start) + edit.html + page.slice(edit.end),
		html,
	);
}
