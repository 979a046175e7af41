import { type Page, expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/** What a page did over the network and in its console while it loaded and settled. */
interface Activity {
	/** How many requests the page made in all, so that an empty `foreign` list means something. */
	requests: number;
	foreign: string[];
	failed: string[];
	errors: string[];
}

/**
 * Records every request a page makes, every failed or 4xx/5xx response, and every console error
 * and uncaught exception (CSP violations are reported as console errors). `data:` and `blob:`
 * URLs stay in the browser, so they count as the site's own.
 */
function watch(page: Page, origin: string): Activity {
	const activity: Activity = { requests: 0, foreign: [], failed: [], errors: [] };
	page.on('request', (request) => {
		activity.requests += 1;
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
			activity.foreign.push(request.url());
	});
	page.on('requestfailed', (request) =>
		activity.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400) activity.failed.push(`${response.url()}: ${response.status()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') activity.errors.push(message.text());
	});
	page.on('pageerror', (error) => activity.errors.push(error.message));
	return activity;
}

for (const path of sitemapPaths()) {
	test(`${path} loads only from its own origin, with no errors`, async ({ page, baseURL }) => {
		const activity = watch(page, new URL(baseURL ?? '').origin);
		await page.goto(path);
		// Starlight loads the search UI when the browser is idle; wait for that too.
		await page.waitForLoadState('networkidle');
		expect(activity.requests).toBeGreaterThan(2);
		expect(activity).toMatchObject({ foreign: [], failed: [], errors: [] });
	});
}

test('a search loads Pagefind and its index from the site itself, with no errors', async ({
	page,
	baseURL,
}) => {
	const activity = watch(page, new URL(baseURL ?? '').origin);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox', { name: 'Words to search for' }).fill('engineer');
	await expect(
		dialog.locator('[data-results] > li').first().getByRole('link').first(),
	).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(activity.requests).toBeGreaterThan(2);
	expect(activity).toMatchObject({ foreign: [], failed: [], errors: [] });
});
