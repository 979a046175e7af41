import { type StartTag, endsWithItsTag, hasClass, scanTags } from '../build/html-tags';
import { MARKDOWN_CONTENT_CLASS, mainRange } from '../build/main-range';
import { firstUses, type TermMatcher } from './terms';

/**
 * Elements whose text is never linked: links and headings already say where they go or what
 * follows, code is literal, a `<dfn>` is a definition itself, and controls, scripts, fallbacks
 * for readers without script and islands (`.not-content`) are not prose.
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
	'noscript',
	'svg',
	'button',
	'label',
	'summary',
	'select',
	'option',
	'textarea',
	'template',
]);

const skipped = (tag: StartTag) =>
	SKIPPED.has(tag.name) || hasClass(tag.attributes, 'not-content') || tag.attributes.has('hidden');

/**
 * Where the text that may be linked is, in document order: the runs of text inside the page's
 * Markdown content (the first element with the class `MARKDOWN_CONTENT_CLASS` in `[from, to)`), outside
 * the `SKIPPED` elements. Undefined when the page has no such content. It reads the tags
 * (`scanTags`) without building a tree, which for every role and pathway page of a build costs a
 * third of parsing them; `term-links.test.ts` holds it to a parser's tree on random markup.
 */
export function proseRuns(html: string, from: number, to: number): [number, number][] | undefined {
	/** The content element's name, once its start tag is found. */
	let content: string | undefined;
	// The elements open inside the content, innermost last, each with whether it is skipped.
	const open: { name: string; skipped: boolean }[] = [];
	const runs: [number, number][] = [];
	scanTags(
		html,
		{
			start: (tag) => {
				if (content === undefined) {
					if (hasClass(tag.attributes, MARKDOWN_CONTENT_CLASS) && !endsWithItsTag(tag))
						content = tag.name;
				} else if (!endsWithItsTag(tag)) {
					open.push({ name: tag.name, skipped: (open.at(-1)?.skipped ?? false) || skipped(tag) });
				}
			},
			end: (name) => {
				if (content === undefined) return true;
				const index = open.findLastIndex((element) => element.name === name);
				if (index >= 0) {
					open.length = index;
					return true;
				}
				// The content's own end tag ends the reading; any other that closes nothing is ignored.
				return name !== content;
			},
			text: (start, end) => {
				if (content !== undefined && !(open.at(-1)?.skipped ?? false)) runs.push([start, end]);
			},
		},
		from,
		to,
	);
	return content === undefined ? undefined : runs;
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
	// Only `<main>` is read: the head, header and sidebar before it hold no prose of the page.
	const found = proseRuns(html, ...mainRange(html));
	if (!found) return html;
	// The prose as one text, each run followed by a character no name can match across, so the
	// terms are found in one pass over the page rather than once per run.
	const runs = found.map(([start, end]) => ({ start, end, at: 0 }));
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
