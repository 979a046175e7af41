import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * Local-first progress on the built site: saving and reloading, other tabs, export and import,
 * damaged saved data, keyboard use, and the two worksheets. Each test starts with an empty
 * browser profile, so nothing carries over between tests.
 */
const KEY = 'ai-career-atlas:progress';
const PATHWAY = '/pathways/software-engineer-to-ml-engineer/';
const FIRST_STEP = 'Take a structured ML course';
const SECOND_STEP = 'Learn the production ML stack layer by layer';

const step = (page: Page, title: string) =>
	page.getByRole('group', { name: `Progress on: ${title}` });
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const setSaved = (page: Page, value: string) =>
	page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, value] as const);

/** Presses Tab until the given control has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
	for (let presses = 0; presses < 200; presses += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('the control was never reached with Tab');
}

test('a ticked step is still ticked after a reload, and counts in its stage and overall', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'Done' }).check();
	await step(page, SECOND_STEP).getByRole('radio', { name: 'Skipped' }).check();
	await page.reload();
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Done' })).toBeChecked();
	await expect(step(page, SECOND_STEP).getByRole('radio', { name: 'Skipped' })).toBeChecked();
	await expect(page.locator('#stage-foundations .atlas-stage-progress')).toHaveText(
		'1 of 3 steps done, 1 skipped',
	);
	await expect(page.locator('atlas-progress-panel [data-overall]')).toHaveText(
		'1 of 8 steps done, 1 skipped',
	);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'Not started' }).check();
	await page.reload();
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Not started' })).toBeChecked();
});

test('a second tab agrees at once, through the storage event', async ({ page, context }) => {
	await page.goto(PATHWAY);
	const other = await context.newPage();
	await other.goto(PATHWAY);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'In progress' }).check();
	await expect(step(other, FIRST_STEP).getByRole('radio', { name: 'In progress' })).toBeChecked();
	await other.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.getByRole('button', { name: 'Remove from my plan' })).toBeVisible();
});

test('the index pages show progress beside each started item', async ({ page }) => {
	await page.goto(PATHWAY);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'Done' }).check();
	await page.goto('/exercises/map-your-skills/');
	await page
		.getByRole('group', { name: 'This exercise' })
		.getByRole('radio', { name: 'Done' })
		.check();
	await page.goto('/pathways/');
	const item = page.locator('.atlas-link-list li', {
		has: page.getByRole('link', { name: 'Software Engineer → ML Engineer', exact: true }),
	});
	await expect(item.locator('.atlas-progress-line')).toHaveText('1 of 8 steps done');
	await expect(page.locator('.atlas-progress-line:visible')).toHaveCount(1);
	await page.goto('/exercises/');
	await expect(page.locator('.atlas-progress-line:visible')).toHaveText(['Your progress: Done']);
});

test('export, reset, import: the plan and the steps come back as they were', async ({ page }) => {
	await page.goto(PATHWAY);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'Done' }).check();
	await page.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.locator('[data-plan-status]')).toHaveText(/Added to your plan/);
	await expect.poll(() => saved(page)).toMatch(/"plan": \[\s*"software-engineer-to-ml-engineer"/);
	const before = await saved(page);

	await page.goto('/progress/');
	const plan = page.locator('[data-list="plan"]');
	await expect(plan.getByRole('link', { name: 'Software Engineer → ML Engineer' })).toBeVisible();
	await expect(plan).toContainText(`Next step: ${SECOND_STEP}`);
	await page.getByRole('link', { name: 'Back up or move your progress' }).click();
	await expect(page).toHaveURL(/\/progress\/backup\/$/);
	// The island removes its note for readers without script as it starts.
	await expect(page.locator('atlas-progress-backup [data-noscript]')).toHaveCount(0);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	expect(readFileSync(file, 'utf8')).toBe(before);
	await expect(page.locator('[data-export-message]')).toHaveText(
		/^Downloaded ai-career-atlas-progress-\d{4}-\d{2}-\d{2}\.json, with 1 saved state and 1 pathway in your plan, to the folder your browser saves downloads in\./,
	);
	// Beside the file import reads, the way to a summary a person can read.
	const readable = page.locator('[data-readable-summary]');
	await expect(readable).toBeVisible();
	await readable.getByRole('link', { name: 'My progress' }).click();
	await expect(page.getByRole('button', { name: 'Print a summary' })).toBeVisible();
	await page.goto('/progress/backup/');

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Reset all progress…' }).click();
	await expect.poll(() => saved(page)).toBeNull();
	await page.goto('/progress/');
	await expect(page.getByText('Your plan is empty.')).toBeVisible();

	await page.goto('/progress/backup/');
	await page.getByLabel('Progress file to import').setInputFiles(file);
	await page.getByRole('radio', { name: /^Replace/ }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.locator('[data-import-message]')).toHaveText(
		/^Imported 1 saved state and 1 pathway in your plan from /,
	);
	expect(await saved(page)).toBe(before);
	await page.getByRole('link', { name: 'Back to My progress' }).click();
	await expect(plan.getByRole('link', { name: 'Software Engineer → ML Engineer' })).toBeVisible();
	await page.goto(PATHWAY);
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('an import merges when asked: the more recent state of each step wins', async ({ page }) => {
	await page.goto('/progress/backup/');
	const file = (entries: Record<string, unknown>) => ({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'ai-career-atlas-progress',
				version: 1,
				entries,
				plan: [],
				worksheets: {},
			}),
		),
	});
	await setSaved(
		page,
		JSON.stringify({
			format: 'ai-career-atlas-progress',
			version: 1,
			entries: { 'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 200 } },
			plan: [],
			worksheets: {},
		}),
	);
	await page.getByLabel('Progress file to import').setInputFiles(
		file({
			'software-engineer-to-ml-engineer/ml-course': { state: 'skipped', updated: 100 },
			'software-engineer-to-ml-engineer/map-skills': { state: 'in-progress', updated: 100 },
		}),
	);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.locator('[data-import-message]')).toHaveText(/merged with your progress/);
	await page.goto(PATHWAY);
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Done' })).toBeChecked();
	await expect(
		step(page, 'Map your skills to AI roles').getByRole('radio', { name: 'In progress' }),
	).toBeChecked();
});

test('a broken or foreign import file is refused with a message, and nothing changes', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await step(page, FIRST_STEP).getByRole('radio', { name: 'Done' }).check();
	await expect.poll(() => saved(page)).toContain('/ml-course"');
	const before = await saved(page);
	await page.goto('/progress/backup/');
	const message = page.locator('[data-import-message]');
	const attempt = async (text: string) => {
		await page.getByLabel('Progress file to import').setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text),
		});
		await page.getByRole('radio', { name: /^Replace/ }).check();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
	};
	await attempt('{"format":"ai-career-atlas-progress","version":1,"entries":{"x/y":');
	await expect(message).toHaveText(
		'This file is not valid JSON, so it is not a progress file from this site. Your progress has not been changed.',
	);
	await expect(message).toHaveClass(/atlas-error/);
	await attempt('{"done":["html","css"]}');
	await expect(message).toHaveText(/^This is not an AI Career Atlas progress file\./);
	await attempt(before?.replace(/"version": \d+/, '"version": 7') ?? '');
	await expect(message).toHaveText(/exported by a newer version of the site \(format 7\)/);
	await attempt(before?.replace('"done"', '"finished"') ?? '');
	await expect(message).toHaveText(
		/^This progress file is damaged: entries › “\u2068software-engineer-to-ml-engineer\/ml-course\u2069” › state should be one of/,
	);
	expect(await saved(page)).toBe(before);
	await page.goto(PATHWAY);
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('damaged saved data: the page works, keeps what is valid, and the original until it is downloaded', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	const damaged =
		'{"format":"ai-career-atlas-progress","version":1,"entries":{"software-engineer-to-ml-engineer/ml-course":{"state":"done","updated":1},"software-engineer-to-ml-engineer/map-skills":{"state":"??"}},"plan":"oops","worksheets":{}}';
	await setSaved(page, damaged);
	await page.reload();
	const notice = page.locator('atlas-progress-panel .atlas-progress-problem');
	await expect(notice).toContainText('Part of your saved progress could not be read');
	await expect(notice).toContainText('1 saved state was kept');
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'Done' })).toBeChecked();
	await step(page, SECOND_STEP).getByRole('radio', { name: 'Done' }).check();
	await expect(page.locator('atlas-progress-panel [data-overall]')).toHaveText('2 of 8 steps done');
	// The change is saved, and the unreadable original is kept aside until the reader decides.
	await expect(notice).toContainText('could not be read earlier');
	await expect
		.poll(() => saved(page))
		.toContain('"software-engineer-to-ml-engineer/learn-production-stack"');
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), KEY)).toBe(
		damaged,
	);
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download the original' }).click();
	expect(readFileSync(await (await download).path(), 'utf8')).toBe(damaged);
	await expect(notice).toBeHidden();
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), KEY)).toBeNull();

	await setSaved(page, '}{ not json');
	await page.goto('/progress/');
	const pageNotice = page.locator('atlas-progress-page .atlas-progress-problem');
	await expect(pageNotice).toContainText('not readable');
	await expect(page.getByText('Your plan is empty.')).toBeVisible();
	page.once('dialog', (dialog) => dialog.accept());
	await pageNotice.getByRole('button', { name: 'Reset saved progress' }).click();
	await expect(pageNotice).toBeHidden();
	await expect.poll(() => saved(page)).toBeNull();
});

test('steps no longer in the content stay saved and are not counted', async ({ page }) => {
	await page.goto('/progress/');
	await setSaved(
		page,
		JSON.stringify({
			format: 'ai-career-atlas-progress',
			version: 1,
			entries: {
				'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 1 },
				'software-engineer-to-ml-engineer/a-retired-step': { state: 'done', updated: 1 },
			},
			plan: [],
			worksheets: {},
		}),
	);
	await page.reload();
	await expect(page.locator('[data-list="pathways"]')).toContainText('1 of 8 steps done');
	await expect(page.locator('[data-retired]')).toHaveText(
		'1 saved state belongs to steps or exercises no longer on the site. They are kept, and exported, but not counted.',
	);
	await page.goto(PATHWAY);
	await step(page, SECOND_STEP).getByRole('radio', { name: 'Done' }).check();
	await expect.poll(() => saved(page)).toContain('a-retired-step');
});

test('everything works with the keyboard alone, with visible focus', async ({ page }) => {
	await page.goto(PATHWAY);
	const planButton = page.getByRole('button', { name: 'Add to my plan' });
	await tabTo(page, planButton);
	expect(await planButton.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe(
		'none',
	);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Remove from my plan' })).toBeFocused();

	const notStarted = step(page, FIRST_STEP).getByRole('radio', { name: 'Not started' });
	await tabTo(page, notStarted);
	await page.keyboard.press('ArrowRight');
	await expect(step(page, FIRST_STEP).getByRole('radio', { name: 'In progress' })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	const done = step(page, FIRST_STEP).getByRole('radio', { name: 'Done' });
	await expect(done).toBeChecked();
	await expect(done).toBeFocused();
	expect(await done.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
	// Tab leaves the group for the next step: first its links (where to go for it), in order,
	// then its own progress controls.
	const nextStep = page.locator('li[data-step-id]', { has: step(page, SECOND_STEP) });
	const nextLinks = await nextStep.getByRole('link').all();
	expect(nextLinks.length).toBeGreaterThan(0);
	for (const link of nextLinks) {
		await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
	}
	await page.keyboard.press('Tab');
	await expect(step(page, SECOND_STEP).getByRole('radio', { name: 'Not started' })).toBeFocused();

	await page.goto('/progress/');
	const remove = page.getByRole('button', {
		name: 'Remove from plan: Software Engineer → ML Engineer',
	});
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Your plan is empty.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'My plan' })).toBeFocused();
});

test('without JavaScript the steps are a plain ordered list and the worksheets say why', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PATHWAY);
	await expect(page.locator('.atlas-steps').first().locator('> li')).toHaveCount(3);
	await expect(page.getByRole('radio')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Your progress' })).toHaveCount(0);
	await page.goto('/exercises/map-your-skills/');
	await expect(page.getByText('The interactive matrix needs JavaScript.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
	await page.goto('/progress/');
	await expect(page.getByText('Showing your saved progress needs JavaScript')).toBeVisible();
	await page.goto('/progress/backup/');
	await expect(page.getByText('Export, import and reset need JavaScript')).toBeVisible();
	await context.close();
});

test('the RICE calculator ranks with hidden costs and flags bad numbers, never NaN', async ({
	page,
}) => {
	await page.goto('/exercises/rice-for-ai-features/');
	const first = page.getByRole('group', { name: 'Feature 1' });
	await first.getByLabel('Name').fill('Smart replies');
	await first.getByLabel(/^Reach/).fill('1000');
	await first.getByLabel(/^Impact/).fill('2');
	await first.getByLabel(/^Confidence/).fill('80');
	await first.getByLabel(/^Effort/).fill('4');
	const ranking = page.locator('[data-ranking]');
	await expect(ranking.locator('tr').first()).toHaveText(
		['1', 'Smart replies', '400', '400 (1)', '4 person-months'].join(''),
	);
	await first.getByLabel('Labelling').fill('2');
	await first.getByLabel('Regulatory review').fill('2');
	await expect(ranking.locator('tr').first()).toContainText('200');
	await expect(ranking.locator('tr').first()).toContainText('8 person-months');

	const second = page.getByRole('group', { name: 'Feature 2' });
	await second.getByLabel(/^Impact/).fill('5');
	await expect(second.getByLabel(/^Impact/)).toHaveAttribute('aria-invalid', 'true');
	await expect(second.getByText('Impact runs from 0.25 (low) to 3 (massive).')).toBeVisible();
	await expect(page.locator('[data-pending]')).toHaveText(
		'Not ranked until the flagged fields are fixed: Feature 2.',
	);
	await first.getByLabel(/^Effort/).fill('0');
	await expect(
		first.getByText('Effort is in person-months and must be more than 0.'),
	).toBeVisible();
	await expect(page.locator('atlas-worksheet-rice')).not.toContainText('NaN');
	await expect(page.locator('atlas-worksheet-rice')).not.toContainText('Infinity');
	await second.getByRole('button', { name: 'Remove Feature 2' }).click();
	await expect(page.getByRole('group', { name: 'Feature 2' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Add a feature' })).toBeFocused();
});

test('the skills matrix totals live, saves, exports CSV and links to the role finder', async ({
	page,
}) => {
	await page.goto('/exercises/map-your-skills/');
	await page.getByRole('textbox', { name: 'Skill 1', exact: true }).fill('Python');
	await page.getByRole('combobox', { name: 'Skill 1 Python ML Engineer' }).selectOption('3');
	await page.getByRole('combobox', { name: 'Skill 1 Python Data Scientist' }).selectOption('2');
	await page.getByRole('textbox', { name: 'Skill 2' }).fill('SQL');
	await page.getByRole('combobox', { name: 'Skill 2 SQL Data Scientist' }).selectOption('3');
	await expect(page.locator('[data-total="data-scientist"]')).toHaveText('5');
	await expect(page.locator('[data-fits]')).toHaveText(
		'Your strongest fits: Data Scientist (5), ML Engineer (3).',
	);
	const send = page.getByRole('link', { name: 'Open the role finder with your mapped skills' });
	await expect(send).toHaveAttribute('href', '/find-your-role/');
	await page
		.getByRole('combobox', {
			name: 'Skill 1 Python Closest skill in the atlas, for the role finder',
		})
		.selectOption({ label: 'Python' });
	await expect(send).toHaveAttribute('href', '/find-your-role/#skills=python:3');

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Skill 2' })).toHaveValue('SQL');
	await expect(page.locator('[data-total="ml-engineer"]')).toHaveText('3');
	await expect(send).toHaveAttribute('href', '/find-your-role/#skills=python:3');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
	expect(csv[0]).toMatch(/^\uFEFFSkill,AI Research Scientist,/);
	expect(csv[1]).toMatch(/^Python,/);
	expect(csv.at(-2)).toMatch(/^Total,/);
});

test.describe('the skills matrix on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 800 } });

	test('fits the screen, works from the keyboard and has no axe violations', async ({ page }) => {
		await page.goto('/exercises/map-your-skills/');
		const matrix = page.locator('atlas-worksheet-matrix');
		const name = page.getByRole('textbox', { name: 'Skill 1', exact: true });
		await name.focus();
		await page.keyboard.type('Python');
		// After the name come the closest atlas skill, then the roles; a closed select takes arrows.
		await page.keyboard.press('Tab');
		await expect(
			page.getByRole('combobox', {
				name: 'Skill 1 Python Closest skill in the atlas, for the role finder',
			}),
		).toBeFocused();
		await page.keyboard.press('Tab');
		const first = page.getByRole('combobox', { name: 'Skill 1 Python AI Research Scientist' });
		await expect(first).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(first).toHaveValue('2');
		await expect(page.locator('[data-total="ai-research-scientist"]')).toHaveText('2');
		expect(
			await matrix.evaluate((element) => element.scrollWidth <= element.clientWidth),
			'no part of the matrix is wider than its column',
		).toBe(true);
		await page.reload();
		await expect(first).toHaveValue('2');
		expect(await axeViolations(page)).toEqual([]);
	});
});

/** Saved data with everything the islands can show, and one damaged entry to set off the notice. */
const RICH = JSON.stringify({
	format: 'ai-career-atlas-progress',
	version: 1,
	entries: {
		'software-engineer-to-ml-engineer/broken': { state: 'finished', updated: 1 },
		'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 1 },
		'software-engineer-to-ml-engineer/map-skills': { state: 'in-progress', updated: 1 },
		'exercise/map-your-skills': { state: 'skipped', updated: 1 },
		'software-engineer-to-ml-engineer/retired': { state: 'done', updated: 1 },
	},
	plan: ['software-engineer-to-ml-engineer', 'analytics-to-data-scientist'],
	worksheets: {},
});

/** Pages in the states axe does not see on a fresh visit: filled in, flagged, with a notice. */
const states: [string, string, (page: Page) => Promise<void>][] = [
	[
		'a pathway with ticks and the notice',
		PATHWAY,
		(page) => expect(page.locator('.atlas-progress-problem')).toBeVisible(),
	],
	[
		'the progress page with a plan',
		'/progress/',
		(page) => expect(page.locator('[data-list="plan"] li')).toHaveCount(2),
	],
	[
		'the backup page with an import error',
		'/progress/backup/',
		async (page) => {
			await page.getByRole('button', { name: 'Import', exact: true }).click();
			await expect(page.locator('[data-import-message]')).toHaveClass(/atlas-error/);
		},
	],
	[
		'the pathways index with progress lines',
		'/pathways/',
		(page) => expect(page.locator('.atlas-progress-line:visible')).toHaveCount(1),
	],
	[
		'a filled-in skills matrix',
		'/exercises/map-your-skills/',
		async (page) => {
			await page.getByRole('textbox', { name: 'Skill 1', exact: true }).fill('Python');
			await page.getByRole('combobox', { name: 'Skill 1 Python ML Engineer' }).selectOption('3');
		},
	],
	[
		'a RICE calculator with flagged fields',
		'/exercises/rice-for-ai-features/',
		async (page) => {
			await page
				.getByRole('group', { name: 'Feature 1' })
				.getByLabel(/^Impact/)
				.fill('9');
			await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
		},
	],
];

for (const theme of ['light', 'dark'] as const) {
	for (const [name, path, prepare] of states) {
		test(`${name} has no axe violations (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			await setSaved(page, RICH);
			await page.reload();
			await prepare(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}
