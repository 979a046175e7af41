import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** A query readers type and the page (or glossary entry) that should answer it. */
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

/**
 * Types every query into the search page, as a reader would, and reads the links of the results
 * it shows: the island's reading of the question (stop words, synonyms, "what is…" answered by the
 * glossary entry) and Pagefind's ranking together, exactly what readers get.
 */
test('the relevance set: every page within the top three, nine in ten first', async ({ page }) => {
	test.setTimeout(180_000);
	expect(queries.length).toBeGreaterThanOrEqual(80);
	await page.goto('/search/');
	const form = page.locator('atlas-search[data-mode="page"]');
	const box = page.getByRole('searchbox', { name: 'Words to search for' });
	const ranks: { query: string; expect: string; top: string[] }[] = [];
	for (const { query, expect: expected } of queries) {
		await box.fill(query);
		await expect(form).toHaveAttribute('data-query', query);
		await expect(form).toHaveAttribute('data-state', 'done');
		const top = await form
			.locator('[data-results] > li > .title > a')
			.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
		ranks.push({ query, expect: expected, top });
	}
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
