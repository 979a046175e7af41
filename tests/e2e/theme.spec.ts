import { expect, type Page, test } from '@playwright/test';

/**
 * Light and dark: without JavaScript a page follows the system's setting (Starlight alone always
 * showed dark), and the theme script shows no error when the saved choice is damaged, when the
 * browser blocks storage, or when storage is full.
 */
const PAGE = '/guides/about/';

/** The page's background colour as the reader sees it. */
const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const colorScheme of ['light', 'dark'] as const) {
	test(`without JavaScript a page follows a ${colorScheme} system setting`, async ({ browser }) => {
		const withScript = await browser.newContext({ colorScheme });
		const scripted = await withScript.newPage();
		await scripted.goto(PAGE);
		await expect(scripted.locator('html')).toHaveAttribute('data-theme', colorScheme);
		const expected = await background(scripted);
		await withScript.close();

		const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PAGE);
		expect(await background(page)).toBe(expected);
		await expect(page.getByRole('combobox', { name: 'Select theme' })).toHaveCount(0);
		await context.close();
	});
}

test('the light and dark backgrounds differ, so the test above can tell them apart', async ({
	browser,
}) => {
	const colours = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PAGE);
		colours.push(await background(page));
		await context.close();
	}
	expect(new Set(colours).size).toBe(2);
});

/** Collects uncaught exceptions and console errors. */
function errorsOf(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/** Chooses a theme in the header's picker and waits for the page to show it. */
async function choose(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test.describe('the theme picker never shows an error', () => {
	test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });

	test('with a damaged saved choice', async ({ page }) => {
		const errors = errorsOf(page);
		await page.addInitScript(() => localStorage.setItem('starlight-theme', '.1'));
		await page.goto(PAGE);
		await expect(page.getByRole('combobox', { name: 'Select theme' })).toHaveValue('auto');
		await choose(page, 'light');
		expect(errors).toEqual([]);
	});

	test('when the browser blocks storage', async ({ page }) => {
		const errors = errorsOf(page);
		await page.addInitScript(() =>
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			}),
		);
		await page.goto(PAGE);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await choose(page, 'light');
		expect(errors).toEqual([]);
	});

	test('when storage is full', async ({ page }) => {
		const errors = errorsOf(page);
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await page.goto(PAGE);
		await choose(page, 'light');
		await choose(page, 'dark');
		expect(errors).toEqual([]);
	});
});
