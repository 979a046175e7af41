import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { sitemapPaths } from '../e2e/sitemap';
import { type BuiltPage, builtPages, dist, documentOf, sitemapPages } from './built-site';
import { htmlValidateConfig } from './html-validate';

const pages = builtPages();
const listed = sitemapPages();
const cases = (list: readonly BuiltPage[]) => list.map((page) => [page.path, page] as const);
const validator = new HtmlValidate(htmlValidateConfig);

const headingLevels = (page: BuiltPage, scope: string) =>
	documentOf(page)
		.querySelectorAll(`${scope} :is(h1, h2, h3, h4, h5, h6)`)
		.map((heading) => Number(heading.tagName.slice(1)));

describe('every page', () => {
	test.each(cases(pages))('%s validates', async (_, page) => {
		const report = await validator.validateString(page.html, page.file);
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`),
		);
		expect(messages).toEqual([]);
	});

	test.each(cases(pages))('%s has exactly one <h1>', (_, page) => {
		expect(documentOf(page).querySelectorAll('h1')).toHaveLength(1);
	});

	test.each(cases(pages))('%s never skips a heading level going down', (_, page) => {
		// The page's outline lives in <main>: it starts at the <h1> and goes down one level at a time.
		// (Outside it, Starlight's sidebar has only the table of contents' own <h2>.)
		const levels = headingLevels(page, 'main');
		expect(levels[0]).toBe(1);
		const skips = levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 0) + 1);
		expect(skips).toEqual([]);
	});

	test.each(cases(pages))('%s has a title and a meta description', (_, page) => {
		const document = documentOf(page);
		expect(document.querySelector('head title')?.textContent.trim()).not.toBe('');
		const description = document.querySelector('head meta[name="description"]');
		expect(description?.getAttribute('content')?.trim().length).toBeGreaterThan(20);
	});

	test('no two pages share a title or a description', () => {
		const duplicates = (values: string[]) =>
			values.filter((value, index) => values.indexOf(value) !== index);
		const titles = pages.map((page) => documentOf(page).querySelector('title')?.textContent ?? '');
		const descriptions = pages.map(
			(page) =>
				documentOf(page).querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
		);
		expect(duplicates(titles)).toEqual([]);
		expect(duplicates(descriptions)).toEqual([]);
	});
});

describe('canonical URLs and the sitemap', () => {
	const origins = new Set<string>();

	test.each(cases(listed))('%s names itself as canonical, on one origin', (_, page) => {
		const links = documentOf(page).querySelectorAll('head link[rel="canonical"]');
		expect(links).toHaveLength(1);
		const canonical = new URL(links[0]?.getAttribute('href') ?? '');
		expect(canonical.pathname).toBe(page.path);
		origins.add(canonical.origin);
		expect(origins.size).toBe(1);
	});

	test('the sitemap lists every page but the 404 page, and only pages that exist', () => {
		const inSitemap = sitemapPaths(dist);
		expect(inSitemap.filter((path) => !existsSync(join(dist, path, 'index.html')))).toEqual([]);
		expect(pages.map((page) => page.path).filter((path) => !inSitemap.includes(path))).toEqual([
			'/404/',
		]);
	});
});
