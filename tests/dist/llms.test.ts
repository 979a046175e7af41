import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, dist, documentOf, entryIds } from './built-site';

/**
 * /llms.txt and /llms-full.txt on the built site: every role, pathway, case study, exercise and
 * guide listed once with the summary its page shows, and its full text in the same order.
 */
const index = readFileSync(join(dist, 'llms.txt'), 'utf8');
const full = readFileSync(join(dist, 'llms-full.txt'), 'utf8');
const listed = [...index.matchAll(/^- \[(.+)\]\((\S+)\): (.*)$/gm)].map(([, title, url, summary]) => ({
	title: title ?? '',
	path: new URL(url ?? '').pathname,
	summary: summary ?? '',
}));
const pages = new Map(builtPages().map((page) => [page.path, page]));

const expected = [
	...entryIds('roles').map((id) => `/roles/${id}/`),
	...entryIds('pathways').map((id) => `/pathways/${id}/`),
	...entryIds('case-studies').map((id) => `/case-studies/${id}/`),
	...entryIds('exercises').map((id) => `/exercises/${id}/`),
	...entryIds('docs/guides').map((id) => `/guides/${id}/`),
];

describe('/llms.txt', () => {
	test('lists every content page once, and nothing else but the full text', () => {
		const paths = listed.map((page) => page.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths.filter((path) => path !== '/llms-full.txt').sort()).toEqual(expected.sort());
	});

	test.each(listed.filter((page) => page.path !== '/llms-full.txt').map((page) => [page.path, page] as const))(
		'%s: its title and summary are the page’s own',
		(path, page) => {
			const built = pages.get(path);
			if (!built) throw new Error(`${path} is listed but was not built`);
			const document = documentOf(built);
			expect(page.title).toBe(document.querySelector('h1')?.text.trim());
			expect(page.summary).toBe(document.querySelector('meta[name="description"]')?.getAttribute('content'));
		},
	);
});

describe('/llms-full.txt', () => {
	const headings = [...full.matchAll(/^# (.+)$/gm)].map((match) => match[1]);

	test('has the text of every listed page, in the order of the index', () => {
		expect(headings.slice(1)).toEqual(
			listed.filter((page) => page.path !== '/llms-full.txt').map((page) => page.title),
		);
	});

	test('keeps the year on every pay figure, as the pages do', () => {
		const ranges = [...full.matchAll(/\*\*\$[\d.]+K?–\$[\d.]+K?\*\* \(([^)]*)\)/g)];
		expect(ranges.length).toBeGreaterThan(0);
		for (const [range, basis] of ranges) expect(basis, range).toMatch(/\b20\d\d\b/);
	});

	test('links to pages by their full address', () => {
		expect(full).not.toMatch(/\]\(\/[^)]*\)/);
	});
});
