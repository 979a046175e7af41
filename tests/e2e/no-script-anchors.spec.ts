import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

test.use({ javaScriptEnabled: false });

/**
 * Without JavaScript, parts of a page that need it are hidden. A link within the page, in its
 * contents list or its text, must never lead to one of them: every visible `#` link on every page
 * of the sitemap points at something a reader without JavaScript can see.
 */
for (const path of sitemapPaths()) {
	test(`${path} without JavaScript: every link within the page leads to something shown`, async ({
		page,
	}) => {
		await page.goto(path);
		const hidden = await page.locator('a[href^="#"]').evaluateAll((links) =>
			links
				.filter((link) => link.checkVisibility())
				.map((link) => decodeURIComponent(link.getAttribute('href')?.slice(1) ?? ''))
				.filter((id) => id !== '' && !document.getElementById(id)?.checkVisibility()),
		);
		expect(hidden).toEqual([]);
	});
}
