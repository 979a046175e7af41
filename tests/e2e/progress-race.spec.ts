import { expect, type Page, test } from '@playwright/test';

/**
 * Two tabs changing saved progress at the same moment, as a reader with the site open twice
 * does: two pages in one browser context, sharing localStorage. Each race runs 20 times and no
 * change may be lost. (Before changes were written under a Web Lock, after catching up with the
 * other tab's last write, one change in two was lost when two tabs ticked steps 1 ms apart.)
 */
const KEY = 'ai-career-atlas:progress';
const TRIALS = 20;

// Twenty rounds of two tabs typing take longer than one test usually does.
test.describe.configure({ timeout: 180_000 });
const PATHWAY = '/pathways/software-engineer-to-ml-engineer/';
const OTHER_PATHWAY = '/pathways/analytics-to-data-scientist/';
const MATRIX = '/exercises/map-your-skills/';

/** The saved document, parsed; empty when nothing is saved. */
async function saved(page: Page): Promise<{
	entries?: Record<string, { state: string }>;
	plan?: string[];
	worksheets?: { skillsMatrix?: { rows: { name: string }[] } };
}> {
	return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
}

/**
 * Clicks an element in a page at an agreed moment (`at`, from `Date.now()`), so the two tabs act
 * within a millisecond of each other rather than one test step apart.
 */
function clickAt(page: Page, selector: string, at: number): Promise<void> {
	return page.evaluate(
		([target, when]) =>
			new Promise<void>((done) => {
				setTimeout(
					() => {
						document.querySelector<HTMLElement>(target)?.click();
						done();
					},
					Math.max(0, when - Date.now()),
				);
			}),
		[selector, at] as const,
	);
}

/** Two pages of one context, with the same saved data, each showing `path`. */
async function twoTabs(page: Page, paths: [string, string]): Promise<[Page, Page]> {
	const other = await page.context().newPage();
	await page.goto(paths[0]);
	await other.goto(paths[1]);
	return [page, other];
}

test('two tabs ticking different steps 1 ms apart keep both ticks, 20 times out of 20', async ({
	page,
}) => {
	const [first, second] = await twoTabs(page, [PATHWAY, PATHWAY]);
	await expect(second.locator('[data-step-id] fieldset').first()).toBeVisible();
	await expect(first.locator('[data-step-id] fieldset').first()).toBeVisible();
	const keys = await first
		.locator('[data-step-id] input[value="done"]')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
	const [a, b] = keys;
	if (a === undefined || b === undefined) throw new Error('the pathway needs two steps');
	const states = ['done', 'skipped', 'in-progress'];
	for (let trial = 0; trial < TRIALS; trial += 1) {
		const state = states[trial % states.length];
		const at = Date.now() + 150;
		await Promise.all([
			clickAt(first, `input[name="${a}"][value="${state}"]`, at),
			clickAt(second, `input[name="${b}"][value="${state}"]`, at + 1),
		]);
		await expect
			.poll(
				async () => {
					const { entries = {} } = await saved(first);
					return [entries[a]?.state, entries[b]?.state];
				},
				{ message: `trial ${trial + 1}` },
			)
			.toEqual([state, state]);
	}
	const last = states[(TRIALS - 1) % states.length];
	for (const tab of [first, second]) {
		await expect(tab.locator(`input[name="${a}"][value="${last}"]`)).toBeChecked();
		await expect(tab.locator(`input[name="${b}"][value="${last}"]`)).toBeChecked();
	}
});

test('two tabs pinning different pathways at once keep both in the plan, 20 times out of 20', async ({
	page,
}) => {
	const [first, second] = await twoTabs(page, [PATHWAY, OTHER_PATHWAY]);
	for (const tab of [first, second]) await expect(tab.locator('[data-plan]')).toBeVisible();
	const ids = [PATHWAY, OTHER_PATHWAY].map((path) => path.split('/')[2] ?? '');
	for (let trial = 0; trial < TRIALS; trial += 1) {
		// Odd trials pin both pathways, even ones take both off again: the button toggles.
		const pinned = trial % 2 === 0;
		const at = Date.now() + 150;
		await Promise.all([
			clickAt(first, 'atlas-progress-panel [data-plan]', at),
			clickAt(second, 'atlas-progress-panel [data-plan]', at + 1),
		]);
		await expect
			.poll(async () => [...((await saved(first)).plan ?? [])].sort(), {
				message: `trial ${trial + 1}`,
			})
			.toEqual(pinned ? [...ids].sort() : []);
	}
});

test('typing in the skills matrix in two tabs keeps every character of both, 20 times out of 20', async ({
	page,
}) => {
	const [first, second] = await twoTabs(page, [MATRIX, MATRIX]);
	const name = (tab: Page, row: number) =>
		tab.getByRole('textbox', { name: `Skill ${row}`, exact: true });
	for (const tab of [first, second]) await expect(name(tab, 1)).toBeVisible();
	// A card shows once the one above it is in use, and never hides again.
	await name(first, 1).fill('Python');
	for (const tab of [first, second]) await expect(name(tab, 2)).toBeVisible();
	for (let trial = 0; trial < TRIALS; trial += 1) {
		const one = `Python for data work ${trial}`;
		const two = `SQL and statistics ${trial}`;
		await Promise.all([name(first, 1).fill(''), name(second, 2).fill('')]);
		await Promise.all([
			name(first, 1).pressSequentially(one),
			name(second, 2).pressSequentially(two),
		]);
		await expect
			.poll(
				async () =>
					((await saved(first)).worksheets?.skillsMatrix?.rows ?? []).map((row) => row.name),
				{ message: `trial ${trial + 1}` },
			)
			.toEqual([one, two]);
		for (const tab of [first, second]) {
			await expect(name(tab, 1)).toHaveValue(one);
			await expect(name(tab, 2)).toHaveValue(two);
		}
	}
});
