import { type Page, expect, test } from '@playwright/test';

/**
 * Offline reading: after a first visit, the pages a reader opened reload with the network off,
 * their progress controls included. Service workers need a secure context, which 127.0.0.1 is.
 */
const PATHWAY = '/pathways/software-engineer-to-ml-engineer/';
const PATHWAY_TITLE = 'Software Engineer → ML Engineer';
const EXERCISE = '/exercises/map-your-skills/';
const EXERCISE_TITLE = 'Map your skills to AI roles';
const STEP = 'Take a structured ML course';

/**
 * Waits until the service worker has kept the page at `path`, and every script and style it has
 * loaded from `/_astro/`, for reading offline. Call it once the page's islands show, so their
 * scripts have been requested.
 */
async function keptOffline(page: Page, path: string): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async (url) => {
					const assets = performance
						.getEntriesByType('resource')
						.map((entry) => entry.name)
						.filter((name) => new URL(name).origin === location.origin)
						.filter((name) => new URL(name).pathname.startsWith('/_astro/'));
					const kept = await Promise.all([url, ...assets].map((name) => caches.match(name)));
					return kept.every(Boolean);
				}, path),
			{ timeout: 15_000 },
		)
		.toBe(true);
}

test('a pathway, its exercise and /progress/ reload offline, and progress can be marked', async ({
	page,
	context,
}) => {
	// The first page loads before any worker runs: it must be kept all the same.
	await page.goto(PATHWAY);
	await expect(page.getByRole('group', { name: `Progress on: ${STEP}` })).toBeVisible();
	await keptOffline(page, PATHWAY);
	await page.getByRole('link', { name: EXERCISE_TITLE }).first().click();
	await expect(page).toHaveURL(EXERCISE);
	await expect(page.getByRole('group', { name: 'This exercise' })).toBeVisible();
	await keptOffline(page, EXERCISE);
	await page.goto('/progress/');
	await expect(page.locator('atlas-progress-page [data-noscript]')).toHaveCount(0);
	await keptOffline(page, '/progress/');

	await context.setOffline(true);
	await page.goto(PATHWAY);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PATHWAY_TITLE);
	const step = page.getByRole('group', { name: `Progress on: ${STEP}` });
	await step.getByRole('radio', { name: 'Done' }).check();
	await page.reload();
	await expect(step.getByRole('radio', { name: 'Done' })).toBeChecked();

	await page.getByRole('link', { name: EXERCISE_TITLE }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXERCISE_TITLE);
	await page
		.getByRole('group', { name: 'This exercise' })
		.getByRole('radio', { name: 'In progress' })
		.check();

	await page.goto('/progress/');
	await expect(page.getByRole('region', { name: 'Continue your plan' })).toContainText(
		PATHWAY_TITLE,
	);
	await expect(
		page.locator('[data-list="pathways"]').getByRole('link', { name: PATHWAY_TITLE }),
	).toBeVisible();
	await expect(page.locator('[data-list="exercises"]')).toContainText(EXERCISE_TITLE);
});

test('offline, a page never opened says so instead of failing', async ({ page, context }) => {
	await page.goto('/');
	await keptOffline(page, '/');
	await context.setOffline(true);
	await page.goto('/roles/ml-engineer/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await page.getByRole('link', { name: 'Home page' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Career Atlas');
});

test('a new version waits for the reader, who is told and chooses when to reload', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await keptOffline(page, PATHWAY);
	await page.reload();
	const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
	expect(await controller()).toMatch(/\/sw\.js$/);
	await expect(page.locator('.atlas-update')).toHaveCount(0);

	// A new build's worker: a browser sees a changed script; here the same file under another
	// address, which the browser installs as a new worker all the same (Playwright cannot
	// change a service worker's script as the browser fetches it).
	// What an older version kept: it must go when the new version takes over, pages and files
	// together, so no old page is ever shown with the new files or the other way round.
	await page.evaluate(async () => {
		await (await caches.open('atlas-pages-0ld0ld0ld0ld')).put('/old/', new Response('old'));
	});
	await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next-build'));
	await expect(page.locator('.atlas-update').getByRole('status')).toHaveText(
		'A newer version of this site is ready.',
	);
	expect(await controller(), 'the old version runs until the reader chooses').toMatch(/\/sw\.js$/);

	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Reload' }).click(),
	]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PATHWAY_TITLE);
	expect(await controller()).toMatch(/\/sw\.js\?next-build$/);
	const kept = await page.evaluate(() => caches.keys());
	expect(kept).not.toContain('atlas-pages-0ld0ld0ld0ld');
	expect(kept.filter((name) => name.startsWith('atlas-pages-'))).toHaveLength(1);
});

test('the site can be installed: its manifest names it and lists its icons', async ({
	page,
	request,
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = (await (await request.get(href ?? '')).json()) as {
		name: string;
		start_url: string;
		display: string;
		icons: { src: string; sizes: string }[];
	};
	expect(manifest).toMatchObject({
		name: 'AI Career Atlas',
		start_url: '/',
		display: 'standalone',
	});
	expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});
