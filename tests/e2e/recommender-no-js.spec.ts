import { type Browser, expect, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * The role finder without JavaScript: the same form ranks by background and interests, with the
 * island's results, and there is nothing to add up.
 */

/** The ids of a form's radios or checkboxes with this name, in the form's order. */
const values = (page: Page, name: string) =>
	page
		.locator(`form [name="${name}"]`)
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** The role ids of each prebuilt result a reader without JavaScript sees: one list per result. */
const visibleResults = (page: Page) =>
	page
		.locator('.atlas-quick-result')
		.evaluateAll((results) =>
			results
				.filter((result) => result.checkVisibility())
				.map((result) =>
					[...result.querySelectorAll('li')].map((item) => item.getAttribute('data-role-id')),
				),
		);

/** Headings in Chromium's accessibility tree, what a screen reader is given, matching a pattern. */
async function exposedHeadings(page: Page, pattern: RegExp): Promise<string[]> {
	const session = await page.context().newCDPSession(page);
	const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
		nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
	};
	await session.detach();
	return nodes
		.filter((node) => !node.ignored && node.role?.value === 'heading')
		.map((node) => node.name?.value ?? '')
		.filter((name) => pattern.test(name));
}

/** The island's top three for a fragment, once it has re-ranked. */
const islandTopThree = (island: Page, fragment: string) =>
	island.evaluate(
		(hash) =>
			new Promise<(string | null)[]>((done) => {
				window.addEventListener(
					'hashchange',
					// The island re-ranks in its own hashchange listener, added before this one.
					() =>
						done(
							[...document.querySelectorAll('#recommendations > li.atlas-top')].map((item) =>
								item.getAttribute('data-role-id'),
							),
						),
					{ once: true },
				);
				window.location.hash = hash;
			}),
		fragment,
	);

/** The island, in a context of its own with JavaScript on. */
async function openIsland(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: true });
	const island = await context.newPage();
	await island.goto('/find-your-role/');
	await expect(island.locator('[data-empty]')).toBeVisible();
	return island;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form shows the quick-match result for what is ticked, and keeps the answers', async ({
		page,
	}) => {
		await page.goto('/find-your-role/');
		// Playwright's text and role locators skip <noscript>, so these use CSS; Chromium's own
		// accessibility tree, which screen readers read, is checked below.
		await expect(page.locator('form noscript p')).toContainText(
			'Without JavaScript, your background and interests still rank the roles',
		);
		// A reader whose field is not offered is sent to the moves from it.
		await expect(page.getByRole('link', { name: 'starting points' })).toHaveAttribute(
			'href',
			'/from/',
		);
		const ask = page.locator('[data-quick-ask]');
		await expect(ask).toBeVisible();
		expect(await visibleResults(page)).toEqual([]);

		await page.getByRole('radio', { name: 'Software engineering' }).check();
		await page.getByLabel(/^Deployment/).check();
		await page.getByLabel(/^Client-facing work/).check();
		await expect(ask).toBeHidden();
		const result = page.locator('.atlas-quick-result:visible');
		await expect(result.locator('h3')).toHaveText(
			'Top three for Software engineering, interested in Deployment and Client-facing work',
		);
		await expect(result.locator('li')).toHaveText([
			'ML Engineer, 5 points (+3 background: Software engineering, +2 interest: Deployment)',
			/^MLOps .*, 5 points \(\+3 background: Software engineering, \+2 interest: Deployment\)$/,
			'Forward Deployed Engineer, 4 points (+2 interest: Deployment, +2 interest: Client-facing work)',
		]);
		await expect(result.locator('a').first()).toHaveAttribute('href', '/roles/ml-engineer/');
		expect(await exposedHeadings(page, /^Top three for /)).toEqual([
			'Top three for Software engineering, interested in Deployment and Client-facing work',
		]);

		// Questions only the island can use are not offered: years and the full assessment.
		await expect(page.getByLabel('Years of work experience')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Full assessment (optional)' })).toBeHidden();
		await expect(page.getByLabel(/^Deployment/)).toBeChecked();
		await expect(page.getByRole('button', { name: 'Show my results' })).toBeHidden();
		expect(await visibleResults(page)).toHaveLength(1);
	});

	test('the form and its result have no axe violations, light or dark', async ({ browser }) => {
		test.setTimeout(120_000);
		// axe waits on timers, which never fire without JavaScript. So the page is served as a
		// reader without JavaScript gets it (no script file loads, <noscript> shown) to a browser
		// with JavaScript on, for axe alone.
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme, javaScriptEnabled: true });
			await context.route(/\.js$/, (route) => route.abort());
			await context.route(/\/find-your-role\/$/, async (route) => {
				const response = await route.fetch();
				const html = (await response.text())
					.replaceAll('<noscript', '<div data-was-noscript')
					.replaceAll('</noscript>', '</div>');
				await route.fulfill({ response, body: html });
			});
			const page = await context.newPage();
			await page.goto('/find-your-role/');
			await page.getByRole('radio', { name: 'Academia and research' }).check();
			await page.getByLabel(/^Deployment/).check();
			await page.getByLabel(/^Client-facing work/).check();
			await expect(page.locator('.atlas-quick-result:visible li')).toHaveCount(3);
			await expect(page.locator('.atlas-quick-result:visible p')).toHaveText(
				'Also 3 points, ranked after these: AI Safety Researcher.',
			);
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		}
	});

	test('every background with every set of interests gives the island’s top three, in order', async ({
		page,
		browser,
	}) => {
		test.setTimeout(180_000);
		await page.goto('/find-your-role/');
		const island = await openIsland(browser);
		const backgrounds = await values(page, 'background');
		const interests = await values(page, 'interests');
		expect(backgrounds.length).toBeGreaterThan(0);
		expect(interests.length).toBeGreaterThan(0);
		const checked = new Set<string>();
		let compared = 0;
		for (const background of backgrounds) {
			await page.locator(`[name="background"][value="${background}"]`).check();
			// Gray code: each step ticks or unticks one interest, so every set is reached by one click.
			for (let step = 0; step < 2 ** interests.length; step += 1) {
				const set = step ^ (step >> 1);
				for (const [index, id] of interests.entries()) {
					const wanted = (set & (1 << index)) !== 0;
					if (wanted !== checked.has(id)) {
						await page.locator(`[name="interests"][value="${id}"]`).setChecked(wanted);
						if (wanted) checked.add(id);
						else checked.delete(id);
					}
				}
				const ticked = interests.filter((id) => checked.has(id));
				const fragment = `#background=${background}${ticked.length > 0 ? `&interests=${ticked.join(',')}` : ''}`;
				expect(await visibleResults(page), fragment).toEqual([
					await islandTopThree(island, fragment),
				]);
				compared += 1;
			}
		}
		expect(compared).toBe(backgrounds.length * 2 ** interests.length);
		await island.context().close();
	});
});
