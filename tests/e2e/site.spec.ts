import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();

test('the sitemap lists every kind of page', () => {
	for (const prefix of [
		'/',
		'/roles/',
		'/pathways/',
		'/case-studies/',
		'/exercises/',
		'/guides/',
		'/from/',
	]) {
		expect(
			paths.some((path) => path.startsWith(prefix) && path !== prefix) || paths.includes(prefix),
		).toBe(true);
	}
	for (const index of [
		'/',
		'/roles/',
		'/pathways/',
		'/from/',
		'/case-studies/',
		'/exercises/',
		'/glossary/',
		'/faq/',
		'/resources/',
	]) {
		expect(paths).toContain(index);
	}
});

for (const path of paths) {
	test(`${path} answers 200 with its title`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const heading = (await page.locator('h1').first().textContent())?.trim() ?? '';
		expect(heading.length).toBeGreaterThan(0);
		await expect(page).toHaveTitle(
			new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
	});
}

test('a missing page answers 404 with a way back', async ({ page }) => {
	const response = await page.goto('/roles/no-such-role/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'All roles' })).toBeVisible();
});

test('a role page links to a pathway into it, and the pathway links back', async ({ page }) => {
	await page.goto('/roles/ml-engineer/');
	const waysIn = page.locator('section[aria-labelledby="ways-in"]');
	await waysIn.getByRole('link', { name: 'Software Engineer → ML Engineer' }).click();
	await expect(page).toHaveURL(/\/pathways\/software-engineer-to-ml-engineer\/$/);
	await page.locator('.atlas-facts').getByRole('link', { name: 'ML Engineer' }).click();
	await expect(page).toHaveURL(/\/roles\/ml-engineer\/$/);
});

test('a pathway links to the page of its starting point, which links back', async ({ page }) => {
	await page.goto('/pathways/software-engineer-to-ml-engineer/');
	await page.locator('.atlas-facts').getByRole('link', { name: 'Software engineering' }).click();
	await expect(page).toHaveURL(/\/from\/software-engineering\/$/);
	await expect(page.locator('h1')).toHaveText('Into AI from software engineering');
	await page.getByRole('link', { name: 'Software Engineer → ML Engineer' }).first().click();
	await expect(page).toHaveURL(/\/pathways\/software-engineer-to-ml-engineer\/$/);
});

test('a role page links the first use of a term to its glossary entry', async ({ page }) => {
	await page.goto('/roles/ml-engineer/');
	const term = page.locator('main a.atlas-term-link[href="/glossary/#feature-store"]');
	await expect(term).toHaveCount(1);
	await term.click();
	await expect(page).toHaveURL(/\/glossary\/#feature-store$/);
	await expect(page.locator('#feature-store')).toBeInViewport();
});

test('the search dialog finds a role by name', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox', { name: 'Words to search for' }).fill('ML Engineer');
	const first = dialog.locator('[data-results] > li').first().getByRole('link').first();
	await expect(first).toHaveAttribute('href', /\/roles\/ml-engineer\/$/);
});
