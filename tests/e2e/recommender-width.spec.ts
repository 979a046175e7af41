import { expect, test } from '@playwright/test';

/**
 * No page of the role finder is ever wider than a phone's screen, with JavaScript or without, so
 * the header's search and menu always stay in reach.
 */
test.describe('on a phone', () => {
	const pages = [
		{ name: 'the finder', path: '/find-your-role/' },
		{
			name: 'the finder with results',
			path: '/find-your-role/#background=software_engineering&interests=deployment,client_facing&years=5&skills=python:3,sql:2&goals=clients&pay=high',
		},
		{ name: 'the links reference', path: '/find-your-role/links/' },
	];
	for (const width of [320, 375]) {
		for (const javaScriptEnabled of [true, false]) {
			test.describe(`${width} px wide, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
				test.use({ viewport: { width, height: 800 }, javaScriptEnabled });

				for (const { name, path } of pages) {
					test(`${name} is no wider than the screen`, async ({ page }) => {
						await page.goto(path);
						if (!javaScriptEnabled && path.startsWith('/find-your-role/#')) {
							await page.getByRole('radio', { name: 'Software engineering' }).check();
							await page.getByLabel(/^Deployment/).check();
						}
						const widths = await page.evaluate(() => ({
							page: document.documentElement.scrollWidth,
							screen: document.documentElement.clientWidth,
							wider: [...document.querySelectorAll('body *')]
								.filter(
									(element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
								)
								.filter((element) => element.checkVisibility())
								.map(
									(element) =>
										`${element.tagName.toLowerCase()}#${element.id}.${element.className}`,
								)
								.slice(0, 5),
						}));
						expect(widths.page, `wider: ${widths.wider.join(', ')}`).toBeLessThanOrEqual(
							widths.screen,
						);
						// The header's search and menu stay on screen.
						const header = page
							.locator('header')
							.getByRole('link')
							.or(page.locator('header').getByRole('button'));
						for (const control of await header.filter({ visible: true }).all()) {
							await expect(control).toBeInViewport({ ratio: 1 });
						}
					});
				}
			});
		}
	}
});
