import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/**
 * WCAG 2.2 A and AA, plus "label in name" (axe files it as experimental, so it must be asked for
 * by name; a default Starlight page fails it on the search button).
 */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		for (const path of sitemapPaths()) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).withTags(tags).analyze();
				const labelInName = await new AxeBuilder({ page })
					.withRules(['label-content-name-mismatch'])
					.analyze();
				const violations = [...results.violations, ...labelInName.violations].map(
					(violation) =>
						`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
				);
				expect(violations).toEqual([]);
			});
		}
	});
}
