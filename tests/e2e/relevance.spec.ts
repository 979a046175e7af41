import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PAGEFIND_RANKING } from '../../src/search/ranking';
import type { PagefindApi } from '../../src/search/results';

/** A query readers type and the page that should answer it. */
interface Expectation {
	query: string;
	expect: string;
	why: string;
}

const { queries } = JSON.parse(
	readFileSync(new URL('./relevance.json', import.meta.url), 'utf8'),
) as { queries: Expectation[] };

/** Every expected page within the first three results, and at least this share of them first. */
const TOP_ONE_SHARE = 0.9;

test('the relevance set: every page within the top three, nine in ten first', async ({ page }) => {
	expect(queries.length).toBeGreaterThanOrEqual(40);
	await page.goto('/');
	const ranks = await page.evaluate(
		async ({ queries, ranking }) => {
			const bundle = '/pagefind/pagefind.js';
			const pagefind: PagefindApi = await import(bundle);
			await pagefind.options({ ranking });
			const found: { query: string; expect: string; top: string[] }[] = [];
			for (const { query, expect } of queries) {
				const search = await pagefind.search(query);
				const first = search?.results.slice(0, 3) ?? [];
				const top = await Promise.all(first.map(async (result) => (await result.data()).url));
				found.push({ query, expect, top });
			}
			return found;
		},
		{ queries, ranking: PAGEFIND_RANKING },
	);
	const first = ranks.filter((rank) => rank.top[0] === rank.expect);
	const topThree = ranks.filter((rank) => rank.top.includes(rank.expect));
	const percent = (part: number) => `${((100 * part) / ranks.length).toFixed(1)} %`;
	const misses = ranks
		.filter((rank) => rank.top[0] !== rank.expect)
		.map(
			(rank) =>
				`  "${rank.query}": expected ${rank.expect}, got ${rank.top.join(', ') || 'nothing'}`,
		);
	console.log(
		[
			`Relevance: top-1 ${first.length}/${ranks.length} (${percent(first.length)}), ` +
				`top-3 ${topThree.length}/${ranks.length} (${percent(topThree.length)})`,
			...(misses.length > 0 ? ['Not first:', ...misses] : []),
		].join('\n'),
	);
	expect(topThree.length, 'every expected page within the first three').toBe(ranks.length);
	expect(first.length / ranks.length, 'share of expected pages first').toBeGreaterThanOrEqual(
		TOP_ONE_SHARE,
	);
});
