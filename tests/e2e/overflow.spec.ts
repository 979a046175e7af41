import { type Page, expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/**
 * Every page of the sitemap on the narrowest phones, with script and without: the document is
 * never wider than the screen, so no reader has to scroll sideways to read a page. A wide table
 * may scroll inside its own box, and then its right edge fades out while more of it lies beyond,
 * so a reader can see there is more; scrolled to its end, it shows its last column whole.
 */
const WIDTHS = [320, 375];

/** The index of each visible table on the page that is wider than its box. */
function scrollingTables(page: Page): Promise<number[]> {
	return page
		.locator('main table')
		.evaluateAll((tables) =>
			tables.flatMap((table, index) =>
				table.checkVisibility() && table.scrollWidth > table.clientWidth + 1 ? [index] : [],
			),
		);
}

/**
 * Checks every table that scrolls inside itself: its right edge fades while more lies beyond, and
 * the fade is gone once the table is scrolled to its end. Both are polled: a scroll-driven
 * animation takes effect at the next frame, which a busy machine may not have drawn yet when the
 * page has loaded.
 */
async function expectScrollHints(page: Page): Promise<void> {
	for (const index of await scrollingTables(page)) {
		const table = page.locator('main table').nth(index);
		const mask = () => table.evaluate((element) => getComputedStyle(element).maskImage);
		const name = await table.evaluate((element) =>
			(element.querySelector('caption')?.textContent ?? element.textContent ?? '')
				.trim()
				.slice(0, 40),
		);
		await expect
			.poll(mask, { message: `a table that scrolls (“${name}”) fades at its right edge` })
			.not.toBe('none');
		await table.evaluate((element) => (element.scrollLeft = element.scrollWidth));
		await expect
			.poll(mask, { message: `“${name}” scrolled to its end shows it whole` })
			.toBe('none');
		await table.evaluate((element) => (element.scrollLeft = 0));
	}
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		for (const path of sitemapPaths()) {
			test(`${path} is never wider than a ${WIDTHS.join(' or ')} px screen`, async ({ page }) => {
				const widths: Record<number, number> = {};
				for (const width of WIDTHS) {
					await page.setViewportSize({ width, height: 800 });
					await page.goto(path);
					widths[width] = await page.evaluate(() => document.documentElement.scrollWidth);
					await expectScrollHints(page);
				}
				expect(widths).toEqual(Object.fromEntries(WIDTHS.map((width) => [width, width])));
			});
		}
	});
}
