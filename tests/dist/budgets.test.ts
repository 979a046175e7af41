import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, pageKind } from './built-site';
import { siteOrigin } from './links';
import { type PageWeight, budgetKind, pageWeight } from './page-weight';

/**
 * Size budgets on the built site, gzipped, per kind of page. Every limit is at or below the
 * budget Starlight sets for its own default page in its size-limit check (27 kB of JavaScript,
 * 7 kB of HTML, 16.75 kB of CSS; 1 kB = 1,000 bytes here, the stricter reading).
 */
const LIMITS = {
	/**
	 * HTML a page carries whatever it says (see `fixedHtml`): Starlight's 7 kB. The page's own
	 * text, its table of contents, the sidebar's list of pages and its JSON-LD come on top, as
	 * they would on a default Starlight page with the same text (npm run bench compares those).
	 */
	fixedHtml: 7_000,
	/** Every stylesheet applied on load: Starlight's 16.75 kB. */
	css: 16_750,
	/**
	 * Scripts run on load by a page with an island (an `atlas-…` element): Starlight's 27 kB,
	 * Starlight's own scripts included.
	 */
	jsWithIslands: 27_000,
	/**
	 * Scripts run on load by any other page: what Starlight itself ships (4.1 kB on a page with a
	 * table of contents, as built with Starlight 0.42), plus 0.9 kB for its updates. Content
	 * pages ship no JavaScript of their own.
	 */
	jsWithoutIslands: 5_000,
} as const;

const pages = builtPages();
const origin = siteOrigin(pages);
const weights = new Map(pages.map((page) => [page.path, pageWeight(page, origin)]));
const weightOf = (page: BuiltPage): PageWeight => {
	const weight = weights.get(page.path);
	if (!weight) throw new Error(`no weight for ${page.path}`);
	return weight;
};

const kindOf = (page: BuiltPage) => budgetKind(weightOf(page), page.path);
const kinds = [...new Set(pages.map(kindOf))].sort();
const ofKind = (kind: string) => pages.filter((page) => kindOf(page) === kind);
const report = (list: BuiltPage[], field: 'fixedHtml' | 'css' | 'js') =>
	Object.fromEntries(list.map((page) => [page.path, weightOf(page)[field]]));
const over = (list: BuiltPage[], field: 'fixedHtml' | 'css' | 'js', limit: number) =>
	Object.fromEntries(Object.entries(report(list, field)).filter(([, bytes]) => bytes > limit));

describe('budgets per kind of page', () => {
	test('every kind of content page is built and measured', () => {
		const built = new Set(pages.map((page) => pageKind(page.path)));
		for (const kind of ['home', 'role', 'pathway', 'case-study', 'exercise', 'guide', 'index'])
			expect(built).toContain(kind);
		expect(kinds).toContain('island');
	});

	test.each(kinds)('%s pages: fixed HTML within 7 kB', (kind) => {
		expect(over(ofKind(kind), 'fixedHtml', LIMITS.fixedHtml)).toEqual({});
	});

	test.each(kinds)('%s pages: CSS within 16.75 kB', (kind) => {
		expect(over(ofKind(kind), 'css', LIMITS.css)).toEqual({});
	});

	test.each(kinds)('%s pages: JavaScript within budget', (kind) => {
		const limit = kind === 'island' ? LIMITS.jsWithIslands : LIMITS.jsWithoutIslands;
		expect(over(ofKind(kind), 'js', limit)).toEqual({});
	});
});

describe('islands only on the pages that use them', () => {
	test.each(pages.map((page) => [page.path, page] as const))(
		'%s loads only the islands it contains',
		(_, page) => {
			const { islandsDefined, islandsUsed } = weightOf(page);
			expect(islandsDefined.filter((island) => !islandsUsed.includes(island))).toEqual([]);
		},
	);

	test('the measure sees scripts and stylesheets at all', () => {
		for (const page of pages) {
			const weight = weightOf(page);
			expect(weight.css).toBeGreaterThan(0);
			expect(weight.js).toBeGreaterThan(0);
			expect(weight.fixedHtml).toBeLessThan(weight.html);
		}
	});
});
