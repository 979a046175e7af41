import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/**
 * Every page of the sitemap on the narrowest phones: the document is never wider than the
 * screen, so no reader has to scroll sideways to read a page. A wide table or chart may scroll
 * inside its own region; the page itself may not.
 */
const WIDTHS = [320, 375];

for (const path of sitemapPaths()) {
	test(`${path} is never wider than a ${WIDTHS.join(' or ')} px screen`, async ({ page }) => {
		const widths: Record<number, number> = {};
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			widths[width] = await page.evaluate(() => document.documentElement.scrollWidth);
		}
		expect(widths).toEqual(Object.fromEntries(WIDTHS.map((width) => [width, width])));
	});
}
