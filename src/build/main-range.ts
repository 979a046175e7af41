/**
 * The class of the element that holds a Starlight page's Markdown content inside `<main>`: the
 * page's own text, without its title, table of contents or footer.
 */
export const MARKDOWN_CONTENT_CLASS = 'sl-markdown-content';

/**
 * Where a built page's `<main>` element is in its HTML: `[start, end)`, with `end` just past
 * `</main>`, or the whole page when it has none. Code that reads only a page's content parses
 * this much: the head, header and sidebar before it are most of a page's bytes.
 */
export function mainRange(html: string): [start: number, end: number] {
	const start = html.indexOf('<main');
	const close = html.lastIndexOf('</main>');
	return start >= 0 && close > start ? [start, close + '</main>'.length] : [0, html.length];
}
