import { type HtmlElement, findElements, parseTree } from '../build/html-tree.ts';
import { mainRange } from '../build/main-range.ts';
import { type IndexedPage, indexedPages } from './llms-txt.ts';
import { markdownOf, pageContent } from './markdown.ts';

/** A `<time>` with a machine-readable date. */
const isDated = ({ name, attributes }: HtmlElement) =>
	name === 'time' && attributes.has('datetime');

/**
 * One page's full text: its title, its address and the date it last changed (from the page's
 * footer, when it shows one), then its content as Markdown with absolute links. Only `<main>` is
 * parsed: the header and sidebar carry no text of the page.
 */
export function pageText(page: IndexedPage, html: string): string {
	const main = parseTree(html, ...mainRange(html));
	const content = pageContent(main);
	const changed = findElements(main, ({ name }) => name === 'footer')
		.flatMap((footer) => findElements(footer, isDated))
		.at(0)
		?.attributes.get('datetime');
	return [
		`# ${page.title}`,
		'',
		changed ? `${page.url.href} (last changed ${changed.slice(0, 10)})` : page.url.href,
		'',
		content ? markdownOf(content, (href) => new URL(href, page.url).href) : '',
	].join('\n');
}

/** Thrown when the index lists a page the build did not write. */
export class MissingPageError extends Error {
	constructor(page: IndexedPage) {
		super(`llms.txt lists ${page.url.href}, but the build has no page at ${page.url.pathname}.`);
		this.name = 'MissingPageError';
	}
}

/**
 * The full text of every page the index lists, in its order, under the index's own heading and
 * summary. `htmlOf` reads a built page's HTML by URL path, or gives undefined if there is none;
 * the pages are read one at a time, so a build can do other work between them.
 */
export async function fullText(
	index: string,
	htmlOf: (path: string) => Promise<string | undefined>,
): Promise<string> {
	const preamble = index.slice(0, Math.max(0, index.indexOf('\n## '))).trim();
	const pages = [];
	for (const page of indexedPages(index)) {
		const html = await htmlOf(page.url.pathname);
		if (html === undefined) throw new MissingPageError(page);
		pages.push(pageText(page, html));
	}
	return `${[preamble, ...pages].join('\n\n---\n\n')}\n`;
}
