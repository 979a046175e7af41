import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages } from './built-site';

/**
 * The site's voice on the built pages. Each content page attributes its facts once, in its
 * Sources box, so its prose should not keep saying "the sources": once is a turn of phrase, twice
 * is narration. Figures keep their own captions (a pay range names its source and year), so the
 * box and figures are left out of the count. And no reader page shows the words of the
 * implementation: the role finder's reference and the About page explain the scoring in plain words.
 */
const pages = builtPages();
const cases = pages.map((page) => [page.path, page] as const);

/** Parts of `<main>` that are not prose: the Sources box, figures, scripts and styles. */
const NOT_PROSE = ['.atlas-sources', 'figure', 'script', 'style'];

/** The words a reader reads in a page's `<main>`, without what {@link NOT_PROSE} lists. */
function prose(page: BuiltPage): string {
	const main = parse(page.html, { comment: false }).querySelector('main');
	if (!main) return '';
	for (const element of main.querySelectorAll(NOT_PROSE.join(', '))) element.remove();
	// Every tag becomes a space, so text in neighbouring cells or blocks never runs together.
	return parse(main.toString().replace(/</g, ' <')).textContent.replace(/\s+/g, ' ');
}

/** Names from the code and the seed material that mean nothing to a reader. */
const IMPLEMENTATION_WORDS = [
	/recommend_roles/i,
	/\bthe original recommender\b/i,
	/\bquick match reproduces\b/i,
	/\bcontent collections?\b/i,
];

describe('the prose of every page', () => {
	test('the check reads prose and leaves the Sources box and figures out', () => {
		const about = pages.find((page) => page.path === '/guides/about/');
		expect(about, 'the About page is built').toBeDefined();
		if (!about) return;
		expect(prose(about).length).toBeGreaterThan(1000);
		expect(parse(about.html).querySelectorAll('main .atlas-sources')).toHaveLength(1);
		expect(prose(about)).not.toContain('Written in our own words from');
	});

	test.each(cases)('%s says "the source(s)" at most once', (_, page) => {
		const said = prose(page).match(/\bthe sources?\b/gi) ?? [];
		expect(said.length, said.join(', ')).toBeLessThanOrEqual(1);
	});

	test.each(cases)('%s uses no implementation words', (_, page) => {
		const text = prose(page);
		expect(IMPLEMENTATION_WORDS.filter((word) => word.test(text)).map(String)).toEqual([]);
	});
});
