import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();
const under = (prefix: string) => paths.filter((p) => p.startsWith(prefix) && p !== prefix);
const roleIds = under('/roles/').map((p) => p.split('/')[2] ?? '');
const pathwayPaths = under('/pathways/');

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
		expect(await visibleRoles(page)).toHaveLength(roleIds.length);
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

	test('sorts by a column and says which way', async ({ page }) => {
		await page.goto('/compare/');
		const pay = page.getByRole('columnheader', { name: 'Published pay' });
		await pay.getByRole('button').click();
		await expect(pay).toHaveAttribute('aria-sort', 'ascending');
		const lows = await page
			.locator('.atlas-compare-table tbody td:last-child')
			.evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-sort') || 0)));
		expect(lows).toEqual([...lows].sort((a, b) => a - b));
		await pay.getByRole('button').click();
		await expect(pay).toHaveAttribute('aria-sort', 'descending');
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

test('the pathway map has one link per pathway', async ({ page }) => {
	await page.goto('/pathways/');
	const edges = page.getByRole('group', { name: 'Pathway map' }).getByRole('link');
	const hrefs = await edges.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect([...hrefs].sort()).toEqual([...pathwayPaths].sort());
});

test('every SVG a reader or screen reader meets has a title', async ({ page }) => {
	test.setTimeout(120_000);
	const untitled: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		const missing = await page.locator('svg').evaluateAll((svgs) =>
			svgs
				.filter((svg) => !svg.closest('[aria-hidden="true"]'))
				.filter((svg) => {
					const title = svg.querySelector(':scope > title')?.textContent?.trim();
					const labelled = (svg.getAttribute('aria-labelledby') ?? '')
						.split(' ')
						.filter(Boolean)
						.every((id) => document.getElementById(id)?.textContent?.trim());
					const described =
						svg.getAttribute('role') !== 'img' || svg.querySelector(':scope > desc');
					return !title || !labelled || !described;
				})
				.map((svg) => svg.outerHTML.slice(0, 80)),
		);
		untitled.push(...missing.map((svg) => `${path}: ${svg}`));
	}
	expect(untitled).toEqual([]);
});

/** Every script a page loads or holds, as text; JSON data blocks are data, not script. */
async function scripts(request: APIRequestContext, path: string): Promise<Map<string, string>> {
	const html = await (await request.get(path)).text();
	const found = new Map<string, string>();
	for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
		const src = /src="([^"]+)"/.exec(attrs)?.[1];
		found.set(src ?? `inline:${body}`, src ? await (await request.get(src)).text() : body);
	}
	return found;
}

test('chart pages ship no more script than a plain guide; the comparison adds under 2 KB', async ({
	request,
}) => {
	const extra = async (path: string, baseline = '/guides/about/') => {
		const plain = await scripts(request, baseline);
		return [...(await scripts(request, path))]
			.filter(([key]) => !plain.has(key))
			.map(([, text]) => text);
	};
	for (const path of [
		'/roles/ml-engineer/',
		'/guides/how-ai-roles-evolved/',
		'/guides/how-ai-teams-are-structured/',
		'/case-studies/ml-engineer-to-ai-product-manager/',
	]) {
		expect(await extra(path), path).toEqual([]);
	}
	// The pathways index carries the reader's progress lines, like the exercises index: measured
	// against that page, the map adds no script.
	expect(await extra('/pathways/', '/exercises/')).toEqual([]);
	const compare = await extra('/compare/');
	expect(compare).toHaveLength(1);
	expect(gzipSync(compare.join('')).length).toBeLessThan(2048);
});

test('role and pathway pages name a preview image that was built', async ({ page, request }) => {
	for (const path of [under('/roles/')[0], pathwayPaths[0]]) {
		await page.goto(path ?? '/');
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		const response = await request.get(new URL(image ?? '').pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
	}
});
