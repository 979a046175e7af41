import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { mainRange } from '../build/main-range';
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

/**
 * Ends each run of prose in the text searched for terms: not a space, a hyphen or a letter, so no
 * name's pattern matches across it and a name next to it still stands alone.
 */
const RUN_SEPARATOR = '\u0000';

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
	// Only `<main>` is parsed, and its text's places are offset back into the whole page.
	const [mainStart, mainEnd] = mainRange(html);
	const content = parse(html.slice(mainStart, mainEnd), { comment: true }).querySelector(
		'.sl-markdown-content',
	);
	if (!content) return html;
	// The prose as one text, each run followed by a character no name can match across, so the
	// terms are found in one pass over the page rather than once per run.
	const runs = [...proseText(content)].map(({ range: [start, end] }) => ({
		start: mainStart + start,
		end: mainStart + end,
		at: 0,
	}));
	let prose = '';
	for (const run of runs) {
		run.at = prose.length;
		prose += html.slice(run.start, run.end) + RUN_SEPARATOR;
	}
	// The uses come in page order, so the run holding each is found by walking forward.
	let index = 0;
	const edits: Edit[] = firstUses(prose, matchers, new Set()).map(({ id, start, end }) => {
		while ((runs[index + 1]?.at ?? Infinity) <= start) index += 1;
		const offset = (runs[index]?.start ?? 0) - (runs[index]?.at ?? 0);
		return {
			start: offset + start,
			end: offset + end,
			html: `<a href="${hrefFor(id)}" class="atlas-term-link">${prose.slice(start, end)}</a>`,
		};
	});
	let page = '';
	let copied = 0;
	for (const edit of edits) {
		page += html.slice(copied, edit.start) + edit.html;
		copied = edit.end;
	}
	return page + html.slice(copied);
}
