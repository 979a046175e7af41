import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { sitemapPaths } from '../e2e/sitemap';
import { builtPages, dist, documentOf } from './built-site';
import { brokenReason } from './links';
import { gzipSize } from './page-weight';

/**
 * The role finder's results for readers without JavaScript: one prebuilt result per answer its
 * form can give, inside `<noscript>` on the finder's own page, so no page is added, nothing joins
 * the sitemap, and the search index never sees them. (e2e compares each result with the island.)
 */

/**
 * At most this many bytes, gzipped, for every prebuilt result together: readers with JavaScript
 * download them without rendering them, so they must stay a small part of the page (measured:
 * 4.5 kB for 4 backgrounds × 64 sets of interests, headings and score breakdowns included).
 */
const NOSCRIPT_BUDGET = 6_000;

const finder = builtPages().find((page) => page.path === '/find-your-role/');
if (!finder) throw new Error('no /find-your-role/ in dist/');
const document = documentOf(finder);
const noscript = document
	.querySelectorAll('noscript')
	.find((element) => element.rawText.includes('atlas-quick-result'));
const prebuilt = parse(noscript?.rawText ?? '');
const results = prebuilt.querySelectorAll('.atlas-quick-result');
const valuesOf = (name: string) =>
	document.querySelectorAll(`form [name="${name}"]`).map((input) => input.getAttribute('value'));

describe('the role finder without JavaScript', () => {
	test('carries one result per background and set of interests the form can give', () => {
		const backgrounds = valuesOf('background');
		const interests = valuesOf('interests');
		expect(results).toHaveLength(backgrounds.length * 2 ** interests.length);
		const answers = results.map(
			(result) => `${result.getAttribute('data-background')}|${result.getAttribute('data-interests')}`,
		);
		expect(new Set(answers).size).toBe(answers.length);
		for (const result of results) {
			expect(backgrounds).toContain(result.getAttribute('data-background'));
			const ticked = (result.getAttribute('data-interests') ?? '').split(' ').filter(Boolean);
			expect(ticked).toEqual(interests.filter((id) => id !== undefined && ticked.includes(id)));
			expect(result.querySelectorAll('li')).toHaveLength(3);
		}
	});

	test('loads its generated stylesheet, with a rule for every background and interest', () => {
		const link = prebuilt.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
		const css = readFileSync(join(dist, link), 'utf8');
		for (const value of valuesOf('background')) expect(css).toContain(`[value="${value}"]`);
		for (const value of valuesOf('interests')) expect(css).toContain(`[data-interests~="${value}"]`);
	});

	test('links only to pages and anchors that exist', () => {
		const base = new URL(finder.path, 'https://site.test');
		const links = prebuilt.querySelectorAll('[href]').map((element) => {
			const raw = element.getAttribute('href') ?? '';
			return { page: finder.path, raw, url: new URL(raw, base) };
		});
		expect(links.length).toBeGreaterThan(results.length);
		const broken = links.flatMap((link) => brokenReason(link) ?? []);
		expect([...new Set(broken)]).toEqual([]);
	});

	test(`weighs at most ${NOSCRIPT_BUDGET / 1000} kB gzipped`, () => {
		const bytes = gzipSize(noscript?.toString() ?? '');
		console.info(`prebuilt results: ${results.length}, ${bytes} bytes gzipped`);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(NOSCRIPT_BUDGET);
	});

	test('adds no page to the sitemap and nothing to the search index', () => {
		expect(noscript?.getAttribute('data-pagefind-ignore')).toBe('all');
		expect(sitemapPaths(dist).filter((path) => path.startsWith('/find-your-role/'))).toEqual([
			'/find-your-role/',
			'/find-your-role/links/',
		]);
		const folder = join(dist, 'pagefind', 'fragment');
		const indexed = readdirSync(folder)
			.map((file) => gunzipSync(readFileSync(join(folder, file))).toString('utf8'))
			.filter((fragment) => fragment.includes('"url":"/find-your-role/'));
		expect(indexed.length).toBe(1);
		for (const fragment of indexed) expect(fragment).not.toContain('Top three for');
		expect(indexed.join('')).not.toContain('/find-your-role/links/');
	});
});
