import { expect, type Page, test } from '@playwright/test';
import { SITE_SECTIONS } from '../../src/atlas/site-sections';

/**
 * The home page's navigation: on a phone a menu, on a wide screen links across the header, each
 * offering a visible way to every top-level section of the site (the list the sidebar is built
 * from), with and without JavaScript.
 */
const sections = SITE_SECTIONS.filter((section) => section.path !== '/');

/** The addresses a reader must be able to reach: each section's page and further links, or a page of its folder. */
const destinations = sections.flatMap((section) => [
	...(section.path !== undefined ? [section.path] : []),
	...(section.directory !== undefined ? [`/${section.directory}/`] : []),
	...(section.links ?? []).map((link) => link.path),
]);

/** The addresses of the navigation's links the reader can see now. */
const visibleLinks = (page: Page) =>
	page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link')
		.evaluateAll((links) =>
			links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href') ?? ''),
		);

/** Which destinations no visible link leads to (a folder counts as reached by any of its pages). */
const unreached = (hrefs: string[]) =>
	destinations.filter((destination) =>
		destination.endsWith('/') && !sections.some((s) => s.path === destination)
			? !hrefs.some((href) => href.startsWith(destination)) && !hrefs.includes(destination)
			: !hrefs.includes(destination),
	);

for (const javaScriptEnabled of [true, false]) {
	const js = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

	test(`the home page at 375 px opens a menu with every section (${js})`, async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 375, height: 800 },
			javaScriptEnabled,
		});
		const page = await context.newPage();
		await page.goto('/');
		expect(await visibleLinks(page)).toEqual([]);
		const menu = page.getByRole('button', { name: 'Menu' });
		await expect(menu).toBeVisible();
		await menu.click();
		expect(unreached(await visibleLinks(page))).toEqual([]);
		await page.keyboard.press('Escape');
		expect(await visibleLinks(page)).toEqual([]);
		await context.close();
	});

	test(`the home page at 1280 px shows every section in its header (${js})`, async ({
		browser,
	}) => {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			javaScriptEnabled,
		});
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
		const seen = await visibleLinks(page);
		// Sections without a page of their own are groups; opening one closes the other.
		for (const section of sections.filter((s) => s.path === undefined)) {
			await page.getByRole('button', { name: section.label }).click();
			seen.push(...(await visibleLinks(page)));
		}
		expect(unreached(seen)).toEqual([]);
		const header = await page.locator('header').boundingBox();
		const links = await page
			.getByRole('navigation', { name: 'Main' })
			.locator('a, button')
			.evaluateAll((all) =>
				all.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().right),
			);
		expect(Math.max(...links)).toBeLessThanOrEqual((header?.x ?? 0) + (header?.width ?? 0));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
		// The site title is whole, not clipped to make room for the links.
		const title = page.locator('.atlas-header-title');
		const overflow = await title.evaluate((element) => {
			const text = document.createRange();
			text.selectNodeContents(element);
			return text.getBoundingClientRect().right - element.getBoundingClientRect().right;
		});
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
}

test('a menu link takes the reader to its section', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Compare roles' })
		.click();
	await expect(page).toHaveURL(/\/compare\/$/);
});
