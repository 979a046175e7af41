import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { PagefindApi } from '../../src/search/results';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';

/**
 * Search on the built site: the /search/ page and its links, the header dialog, the 404 page's
 * suggestion, what the index holds, and the byte budget of a query. Relevance has its own spec.
 */

/** Frontmatter values of a content folder's files, read the way a reader of the repo would. */
const frontmatter = (folder: string, field: string) =>
	readdirSync(`content/${folder}`)
		.filter((name) => /^[^_].*\.mdx?$/.test(name))
		.map(
			(name) =>
				new RegExp(`^${field}: (.+)$`, 'm').exec(
					readFileSync(`content/${folder}/${name}`, 'utf8'),
				)?.[1],
		);

const roleCount = readdirSync('content/roles').filter((name) => /^[^_].*\.mdx?$/.test(name)).length;
const beginnerExercises = frontmatter('exercises', 'level').filter(
	(level) => level === 'beginner',
).length;

const searchForm = (page: Page, mode: 'page' | 'dialog') =>
	page.locator(`atlas-search[data-mode="${mode}"]`);
const results = (page: Page, mode: 'page' | 'dialog') =>
	searchForm(page, mode).locator('[data-results] > li');
const done = (page: Page, mode: 'page' | 'dialog') =>
	expect(searchForm(page, mode)).toHaveAttribute('data-state', 'done');

test('a link to the search page shows its results on load', async ({ page }) => {
	await page.goto('/search/?q=MLE');
	await done(page, 'page');
	await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('MLE');
	await expect(page.getByRole('status')).toContainText('for “\u2068MLE\u2069”');
	const first = results(page, 'page').first();
	await expect(first.getByRole('link').first()).toHaveAttribute('href', '/roles/ml-engineer/');
	await expect(first.locator('.atlas-label')).toHaveText('Role · Engineering and production');
});

test('filters in the link narrow the results and stay ticked', async ({ page }) => {
	await page.goto('/search/?type=exercise&level=beginner');
	await done(page, 'page');
	await expect(searchForm(page, 'page').locator('summary')).toHaveText('Filters (2 ticked)');
	await searchForm(page, 'page').locator('summary').click();
	await expect(page.getByRole('checkbox', { name: 'Exercise' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Beginner' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Intermediate' })).not.toBeChecked();
	await expect(page.getByRole('status')).toHaveText(`${beginnerExercises} results with 2 filters.`);
	const labels = await results(page, 'page').locator('.atlas-label').allTextContents();
	expect(labels.length).toBe(Math.min(5, beginnerExercises));
	for (const label of labels) expect(label).toBe('Exercise · Beginner');
});

test('typing searches, and the link follows the words and filters', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('searchbox', { name: 'Words to search for' }).pressSequentially('vLLM');
	await expect(page).toHaveURL(/\/search\/\?q=vLLM$/);
	await expect(results(page, 'page').first()).toBeVisible();
	await searchForm(page, 'page').locator('summary').click();
	await searchForm(page, 'page').getByRole('checkbox', { name: 'Role', exact: true }).check();
	await expect(page).toHaveURL(/\/search\/\?q=vLLM&type=role$/);
	await expect(page.getByRole('status')).toContainText('with 1 filter');
	for (const label of await results(page, 'page').locator('.atlas-label').allTextContents()) {
		expect(label).toMatch(/^Role · /);
	}
});

test('a hostile link is shown as text, and what it left out is said', async ({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`a script ran: ${dialog.message()}`);
	});
	const words = '<img src=x onerror=alert(1)>';
	const type = '"><script>alert(2)</script>';
	await page.goto(
		`/search/?q=${encodeURIComponent(words)}&type=${encodeURIComponent(type)}&level=beginner&utm_source=x`,
	);
	await done(page, 'page');
	await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue(words);
	const notice = searchForm(page, 'page').locator('[data-notice]');
	await expect(notice).toContainText(`type “\u2068${type}\u2069”`);
	await expect(notice).toContainText('unknown parameter “\u2068utm_source\u2069”');
	await expect(searchForm(page, 'page').locator('summary')).toHaveText('Filters (1 ticked)');
	await searchForm(page, 'page').locator('summary').click();
	await expect(page.getByRole('checkbox', { name: 'Beginner' })).toBeChecked();
	await expect(searchForm(page, 'page').locator('img, script:not([src])')).toHaveCount(0);
	const url = new URL(page.url());
	expect([...url.searchParams.keys()].sort()).toEqual(['level', 'q']);
});

test('a search with no results says what to try', async ({ page }) => {
	await page.goto('/search/?q=zzzzqq&type=guide');
	await done(page, 'page');
	await expect(page.getByRole('status')).toHaveText(
		'No results for “\u2068zzzzqq\u2069” with 1 filter. Try other words, or fewer filters.',
	);
	await expect(results(page, 'page')).toHaveCount(0);
});

test('"what is" puts the glossary entry first, and no stop word is highlighted', async ({
	page,
}) => {
	await page.goto(`/search/?${new URLSearchParams({ q: 'What is a feature store?' })}`);
	await done(page, 'page');
	const first = results(page, 'page').first();
	await expect(first.getByRole('link').first()).toHaveAttribute('href', '/glossary/#feature-store');
	await expect(first.getByRole('link').first()).toHaveText('Feature store');
	await expect(first.locator('.atlas-label')).toHaveText('Glossary');
	const marked = await results(page, 'page').locator('mark').allTextContents();
	expect(marked.length).toBeGreaterThan(0);
	for (const word of marked) expect(word.toLowerCase()).not.toMatch(/^(what|is|a)\W*$/);
});

test('a question in the reader’s words highlights only the words that carry its meaning', async ({
	page,
}) => {
	await page.goto(`/search/?${new URLSearchParams({ q: 'do I need a PhD for AI research' })}`);
	await done(page, 'page');
	await expect(results(page, 'page').first()).toBeVisible();
	const marked = await results(page, 'page').locator('mark').allTextContents();
	expect(marked.some((word) => /phd/i.test(word))).toBe(true);
	for (const word of marked) expect(word.toLowerCase()).not.toMatch(/^(do|i|a|for)\W*$/);
});

test('the 404 page offers a search for the words of the missing address', async ({ page }) => {
	const response = await page.goto('/roles/prompt-engineering/');
	expect(response?.status()).toBe(404);
	const link = page.getByRole('link', { name: 'Search the atlas for “prompt engineering”' });
	await expect(link).toHaveAttribute('href', '/search/?q=prompt+engineering');
	await link.click();
	await done(page, 'page');
	await expect(results(page, 'page').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page points to the indexes, and the header and 404 link to it', async ({
		page,
	}) => {
		await page.goto('/search/?q=MLE');
		const main = page.getByRole('main');
		await expect(main.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
		await expect(main.getByRole('link', { name: 'roles', exact: true })).toHaveAttribute(
			'href',
			'/roles/',
		);
		await expect(page.locator('header').getByRole('link', { name: 'Search' })).toHaveAttribute(
			'href',
			'/search/',
		);
		await page.goto('/roles/prompt-engineering/');
		await expect(
			page.getByRole('link', { name: 'Search the atlas for what you were looking for' }),
		).toHaveAttribute('href', '/search/');
	});
});

test('the header dialog: shortcut, filters, labels, and a link to the same search', async ({
	page,
}) => {
	await page.goto('/roles/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog).toBeVisible();
	const box = dialog.getByRole('searchbox', { name: 'Words to search for' });
	await expect(box).toBeFocused();
	await box.pressSequentially('beginner');
	await done(page, 'dialog');
	await dialog.locator('summary').click();
	await dialog.getByRole('checkbox', { name: 'Exercise' }).check();
	await expect(dialog.getByRole('status')).toContainText(
		'for “\u2068beginner\u2069” with 1 filter',
	);
	const labels = await results(page, 'dialog').locator('.atlas-label').allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	for (const label of labels) expect(label).toBe('Exercise · Beginner');
	await expect(
		dialog.getByRole('link', { name: 'Open this search on the search page' }),
	).toHaveAttribute('href', '/search/?q=beginner&type=exercise');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page).toHaveURL(/\/roles\/$/);
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
});

test('the header dialog says so when the search cannot be downloaded', async ({ page }) => {
	await page.route('**/_astro/atlas-search*.js', (route) => route.abort());
	await page.goto('/roles/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog.getByRole('status')).toHaveText(/^Search could not load\./);
	await expect(dialog.getByRole('searchbox', { name: 'Words to search for' })).toBeFocused();
});

test('the index: filters from the collections, and no boilerplate in the text', async ({
	page,
}) => {
	await page.goto('/');
	const found = await page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind: PagefindApi = await import(bundle);
		const filters = await pagefind.filters();
		const everyType = { any: Object.keys(filters['type'] ?? {}) };
		const typed = (await pagefind.search(null, { filters: { type: everyType } }))?.results.length;
		const hits = (await pagefind.search('MLE'))?.results ?? [];
		const role = (await Promise.all(hits.map((hit) => hit.data()))).find(
			(result) => result.url === '/roles/ml-engineer/',
		);
		return { filters, typed, content: role?.content ?? '' };
	});
	expect(Object.keys(found.filters).sort()).toEqual(['family', 'level', 'role', 'type']);
	expect(found.filters['type']?.['Role']).toBe(roleCount);
	expect(Object.keys(found.filters['role'] ?? {})).toHaveLength(roleCount);
	expect(Object.keys(found.filters['level'] ?? {}).sort()).toEqual([
		'Advanced',
		'Beginner',
		'Intermediate',
	]);
	// A page is indexed when it marks its body for Pagefind; /search/ and the link builders'
	// reference opt out.
	const dist = process.env['ATLAS_DIST'] ?? 'dist';
	const indexed = sitemapPaths().filter((path) =>
		readFileSync(`${dist}${path}index.html`, 'utf8').includes('data-pagefind-body'),
	);
	expect(indexed).not.toContain('/search/');
	expect(found.typed, 'every indexed page carries a kind of page').toBe(indexed.length);
	expect(found.content).toContain('MLE, Machine Learning Engineer');
	for (const boilerplate of [
		'Also called',
		'Primary focus',
		'A published range',
		'Source: ',
		'Related roles',
		'How to get there',
	]) {
		expect(found.content).not.toContain(boilerplate);
	}
});

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });

		test('results on the search page, filters open, have no axe violations', async ({ page }) => {
			await page.goto('/search/?q=data&type=role');
			await done(page, 'page');
			await searchForm(page, 'page').locator('summary').click();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the open dialog with results has no axe violations', async ({ page }) => {
			await page.goto('/roles/');
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByRole('dialog').getByRole('searchbox').fill('beginner');
			await done(page, 'dialog');
			await page.getByRole('dialog').locator('summary').click();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

// One-word queries, the two that ask for words from the most index chunks, and a "what is"
// question, which also searches the glossary and loads its entry.
for (const query of [
	'MLE',
	'Spotify',
	'RAG',
	'customer service analytics platform',
	'interview an AI team',
	'what is a feature store',
]) {
	test(`search JS and index for "${query}" stay under 150 KB`, async ({ page }) => {
		const sizes: Promise<number>[] = [];
		page.on('requestfinished', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/pagefind/') || (path.startsWith('/_astro/') && path.endsWith('.js'))) {
				sizes.push(request.sizes().then((size) => size.responseBodySize));
			}
		});
		await page.goto(`/search/?${new URLSearchParams({ q: query }).toString()}`);
		await done(page, 'page');
		await page.waitForLoadState('networkidle');
		const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
		console.log(`Search bytes for "${query}": ${bytes}`);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThan(150_000);
	});
}
