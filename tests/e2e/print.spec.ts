import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/**
 * Printing: on paper a link is only its text and what is printed after it. A link within the site
 * prints no address ("(/roles/ml-engineer/)" leads nowhere on paper); a link to another site
 * prints its full address.
 */
const pathway = sitemapPaths().find((path) => /^\/pathways\/[^/]+\/$/.test(path)) ?? '';
const EXTERNAL = 'https://example.org/guide';

test('a printed pathway shows no address for its own links and the full one for others', async ({
	page,
}) => {
	await page.goto(pathway);
	// The content links to no other site today; a link like the ones it may gain shows the rule.
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href, textContent: 'a guide' });
		document.querySelector('.sl-markdown-content p')?.append(link);
	}, EXTERNAL);
	await page.emulateMedia({ media: 'print' });
	const printed = await page
		.locator('.sl-markdown-content a[href]')
		.evaluateAll((links) =>
			links
				.filter((link) => link.checkVisibility())
				.map((link) => [
					link.getAttribute('href') ?? '',
					getComputedStyle(link, '::after').content,
				]),
		);
	const internal = printed.filter(([href]) => href?.startsWith('/'));
	expect(internal.length).toBeGreaterThan(0);
	expect(internal.filter(([, after]) => after !== 'none')).toEqual([]);
	expect(printed.filter(([href]) => href === EXTERNAL)).toEqual([[EXTERNAL, `" (${EXTERNAL})"`]]);
});

test('/progress/ prints as a summary: the plan, without the buttons and the backup section', async ({
	page,
}) => {
	await page.goto('/progress/');
	const printButton = page.getByRole('button', { name: 'Print a summary' });
	await printButton.waitFor();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'My plan' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Keep a copy' })).toBeHidden();
	await expect(printButton).toBeHidden();
});
