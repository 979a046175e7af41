import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		for (const path of sitemapPaths()) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
