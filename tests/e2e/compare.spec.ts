import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';

/**
 * The comparison page: the selection in its address, the picker, sorting by mouse and keyboard,
 * and one card per role on a phone, with and without JavaScript.
 */
const roleIds = sitemapPaths()
	.filter((path) => /^\/roles\/[^/]+\/$/.test(path))
	.map((path) => path.split('/')[2] ?? '');

/** Each row's low end of pay, top to bottom (0 for a role without a figure). */
const payKeys = (page: Page) =>
	page
		.locator('.atlas-compare-table tbody td[data-label="Published pay"]')
		.evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-sort') || 0)));

/** Each row's role name, top to bottom. */
const roleTitles = (page: Page) => page.locator('.atlas-compare-table tbody th').allTextContents();

/** The ids of the comparison table's rows a reader can see, top to bottom. */
const visibleRoles = (page: Page) =>
	page
		.locator('.atlas-compare-table tbody tr')
		.evaluateAll((rows) =>
			rows.filter((row) => row.checkVisibility()).map((row) => row.getAttribute('data-role')),
		);

test.describe('the comparison page', () => {
	test('shows exactly the roles the address names, and a way back to all', async ({ page }) => {
		await page.goto('/compare/?roles=data-scientist,ml-engineer,ai-product-manager');
		await expect(page.getByText('Showing 3 of')).toBeVisible();
		expect((await visibleRoles(page)).sort()).toEqual(
			['ai-product-manager', 'data-scientist', 'ml-engineer'].sort(),
		);
		await page.getByRole('link', { name: 'Show all roles' }).click();
		await expect(page).toHaveURL(/\/compare\/$/);
		// The address changes as the new page starts loading; its table follows a moment later.
		await expect.poll(() => visibleRoles(page)).toHaveLength(roleIds.length);
	});

	test('ignores hostile values in the address, says so, and runs none of them', async ({
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const hostile = [
			'<img src=x onerror=alert(1)>',
			'__proto__',
			'../../etc/passwd',
			'x'.repeat(500),
		];
		await page.goto(`/compare/?roles=${hostile.map(encodeURIComponent).join(',')},ml-engineer`);
		expect(await visibleRoles(page)).toEqual(['ml-engineer']);
		const note = page.locator('.atlas-compare-note');
		// Quoted values are wrapped in Unicode isolates so right-to-left text cannot reorder the note.
		await expect(note).toContainText(
			'Ignored “\u2068<img src=x onerror=alert(1)>\u2069”, “\u2068__proto__\u2069”',
		);
		await expect(note).toContainText('and 1 more: not a role on this site.');
		await expect(page.locator('main img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('shows every role when nothing in the address is a role', async ({ page }) => {
		await page.goto('/compare/?roles=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
		await expect(page.locator('.atlas-compare-note')).toContainText(
			'No role in the address matched',
		);
		expect(await visibleRoles(page)).toHaveLength(roleIds.length);
	});

	test('without JavaScript shows the full table, whatever the address says', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/compare/?roles=data-scientist,ml-engineer');
		expect((await visibleRoles(page)).sort()).toEqual([...roleIds].sort());
		await expect(page.getByText('Pick roles to compare')).toBeHidden();
		await context.close();
	});

	test('sorts by a column with the mouse and says which way', async ({ page }) => {
		await page.goto('/compare/');
		const pay = page.getByRole('columnheader', { name: 'Published pay' });
		await pay.getByRole('button').click();
		await expect(pay).toHaveAttribute('aria-sort', 'ascending');
		expect(await payKeys(page)).toEqual([...(await payKeys(page))].sort((a, b) => a - b));
		await pay.getByRole('button').click();
		await expect(pay).toHaveAttribute('aria-sort', 'descending');
		expect(await payKeys(page)).toEqual([...(await payKeys(page))].sort((a, b) => b - a));
	});

	test('sorts by keyboard: Tab reaches each heading, Enter and Space sort', async ({ page }) => {
		await page.goto('/compare/');
		const headings = page.locator('.atlas-compare-table thead th');
		const names = await headings.allTextContents();
		await page.getByText('Pick roles to compare').focus();
		for (const name of names) {
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: name.trim(), exact: true })).toBeFocused();
		}
		for (const _ of names.slice(1)) await page.keyboard.press('Shift+Tab');
		const roles = page.getByRole('columnheader', { name: 'Role', exact: true });
		await expect(roles.getByRole('button')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(roles).toHaveAttribute('aria-sort', 'ascending');
		const titles = await roleTitles(page);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
		await page.keyboard.press('Space');
		await expect(roles).toHaveAttribute('aria-sort', 'descending');
		expect(await roleTitles(page)).toEqual([...titles].reverse());
		await expect(roles.getByRole('button')).toBeFocused();
	});

	test('a reader can pick roles and gets an address to share', async ({ page }) => {
		await page.goto('/compare/');
		await page.getByText('Pick roles to compare').click();
		const picker = page.getByRole('group', { name: 'Roles to show side by side' });
		for (const id of roleIds.slice(0, 2)) await picker.locator(`input[value="${id}"]`).check();
		await page.getByRole('button', { name: 'Compare these roles' }).click();
		await expect(page).toHaveURL(/\?roles=[a-z-]+,[a-z-]+$/);
		const picked = new URL(page.url()).searchParams.get('roles')?.split(',') ?? [];
		expect(picked.sort()).toEqual(roleIds.slice(0, 2).sort());
		await expect(page.getByText('Showing 2 of')).toBeVisible();
		expect((await visibleRoles(page)).sort()).toEqual(roleIds.slice(0, 2).sort());
	});
});

for (const theme of ['light', 'dark'] as const) {
	test(`a filtered comparison with its picker open has no axe violations (${theme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto('/compare/?roles=data-scientist,ml-engineer,nope');
		await page.getByText('Pick roles to compare').click();
		await page.getByRole('columnheader', { name: 'Family' }).getByRole('button').click();
		expect(await axeViolations(page)).toEqual([]);
	});
}

for (const javaScriptEnabled of [true, false]) {
	for (const width of [320, 375]) {
		test(`on a ${width} px phone each role shows its name, focus and pay without scrolling sideways (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
			browser,
		}) => {
			const context = await browser.newContext({
				viewport: { width, height: 800 },
				javaScriptEnabled,
			});
			const page = await context.newPage();
			await page.goto('/compare/');
			const rows = page.locator('.atlas-compare-table tbody tr');
			await expect(rows).toHaveCount(roleIds.length);
			const outside = await rows.evaluateAll(
				(all, viewport) =>
					all.flatMap((row) =>
						['th', 'td[data-label="Primary focus"]', 'td[data-label="Published pay"]'].flatMap(
							(selector) => {
								const cell = row.querySelector(selector);
								const box = cell?.getBoundingClientRect();
								const seen = box && box.width > 0 && box.left >= 0 && box.right <= viewport;
								return seen ? [] : [`${row.getAttribute('data-role')} ${selector}`];
							},
						),
					),
				width,
			);
			expect(outside).toEqual([]);
			await context.close();
		});
	}
}
