import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * "Continue your plan" on the home page and at the top of `/progress/`: a returning reader is
 * offered the pathway in progress and its next step; a first-time reader sees nothing, and the
 * home page does not move.
 */
const PATHWAY = '/pathways/software-engineer-to-ml-engineer/';

test('a first-time reader sees no box, and nothing in the home page’s content moves', async ({
	page,
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('heading', { name: 'Continue your plan' })).toBeHidden();
	// Shifts of anything in the page's content (the header's theme picker settling is not this box's).
	const moved = await page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const nodes: string[] = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						const { sources = [] } = entry as unknown as { sources?: { node?: Node | null }[] };
						for (const { node } of sources) {
							if (node && document.querySelector('main')?.contains(node)) nodes.push(node.nodeName);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(nodes), 500);
			}),
	);
	expect(moved).toEqual([]);
});

test('a returning reader is offered the next step of their plan on the home page', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await page
		.getByRole('group', { name: 'Progress on: Take a structured ML course' })
		.getByRole('radio', { name: 'Done' })
		.check();
	await page.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.locator('[data-plan-status]')).toHaveText(/Added to your plan/);
	await page.goto('/');
	const entry = page.getByRole('region', { name: 'Continue your plan' });
	await expect(entry).toBeVisible();
	await expect(entry).toContainText(
		'Software Engineer → ML Engineer. Next step: Learn the production ML stack layer by layer.',
	);
	expect(await axeViolations(page)).toEqual([]);
	await entry.getByRole('link', { name: 'Learn the production ML stack layer by layer' }).click();
	await expect(page).toHaveURL(new RegExp(`${PATHWAY}#step-`));
	await expect(page.locator(':target')).toContainText(
		'Learn the production ML stack layer by layer',
	);
});

test('/progress/ opens on the next step, once there is one', async ({ page }) => {
	const next = page.getByRole('region', { name: 'Continue your plan' });
	await page.goto('/progress/');
	await expect(page.getByRole('heading', { name: 'My plan' })).toBeVisible();
	await expect(next).toBeHidden();
	await page.goto(PATHWAY);
	await page
		.getByRole('group', { name: 'Progress on: Take a structured ML course' })
		.getByRole('radio', { name: 'Done' })
		.check();
	await page.goto('/progress/');
	await expect(next).toContainText(
		'Software Engineer → ML Engineer. Next step: Learn the production ML stack layer by layer.',
	);
	// It comes first: above the plan and the lists.
	const [box, plan] = await Promise.all([
		next.boundingBox(),
		page.getByRole('heading', { name: 'My plan' }).boundingBox(),
	]);
	expect(box?.y).toBeLessThan(plan?.y ?? 0);
	await expect(
		next.getByRole('link', { name: 'Learn the production ML stack layer by layer' }),
	).toHaveAttribute('href', new RegExp(`^${PATHWAY}#step-`));
	expect(await axeViolations(page)).toEqual([]);
});
