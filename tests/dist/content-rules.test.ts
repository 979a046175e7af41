import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, mainText } from './built-site';

/**
 * Editorial rules checked on the built site: every role has a way in, every pathway an exercise,
 * every case study a role, every level three exercises, and every figure a reader sees can be
 * found in the source material.
 */
const pages = builtPages();
const under = (prefix: string) => pages.filter((page) => page.path.startsWith(prefix) && page.path !== prefix);
const section = (page: BuiltPage, id: string) =>
	new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(page.html)?.[0] ?? '';
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);

describe('every entry is connected', () => {
	test.each(under('/roles/').map((page) => [page.path, page] as const))('%s has a pathway into it', (_, page) => {
		expect(links(section(page, 'ways-in')).filter((href) => href?.startsWith('/pathways/'))).not.toEqual([]);
	});

	test.each(under('/pathways/').map((page) => [page.path, page] as const))('%s has an exercise', (_, page) => {
		expect(links(section(page, 'exercises')).filter((href) => href?.startsWith('/exercises/'))).not.toEqual([]);
	});

	test.each(under('/case-studies/').map((page) => [page.path, page] as const))('%s links to a role', (_, page) => {
		expect(links(section(page, 'roles')).filter((href) => href?.startsWith('/roles/'))).not.toEqual([]);
	});

	test.each(['beginner', 'intermediate', 'advanced'])('the %s level has at least three exercises', (level) => {
		const index = pages.find((page) => page.path === '/exercises/');
		expect(index).toBeDefined();
		const exercises = links(index ? section(index, level) : '').filter((href) => href?.startsWith('/exercises/'));
		expect(exercises.length).toBeGreaterThanOrEqual(3);
	});
});

describe('every figure comes from the sources', () => {
	const sourcesDir = join(import.meta.dirname, '../fixtures/sources');
	const sources = readdirSync(sourcesDir)
		.map((file) => readFileSync(join(sourcesDir, file), 'utf8'))
		.join('\n')
		.replace(/\s+/g, ' ');

	/**
	 * Figures: amounts of money, percentages, years, and numbers of 100 or more. Small counts and
	 * the editors' marked time estimates ("2–4 months") are not figures in this sense.
	 */
	const figure = /\$\d[\d,.]*(?:K|M| million| billion)?|\b\d[\d,.]*%|\b(?:19|20)\d{2}\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g;
	/** The forms a figure may take in the sources: "$500K" may be written "$500K", "$500,000". */
	const inSources = (value: string) => {
		const plain = value.replace(/[.,]$/, '');
		return sources.includes(plain);
	};

	test.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
		const figures = [...mainText(page.html).matchAll(figure)].map((match) => match[0]);
		expect(figures.filter((value) => !inSources(value))).toEqual([]);
	});
});
