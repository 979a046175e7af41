import { expect, type Page, test } from '@playwright/test';
import { savedDocumentText } from '../fixtures/progress';
import { PROGRESS_VERSION } from '../../src/progress/model.ts';

/**
 * The site tried as a hostile or unlucky reader would: damaged and newer-version saved data, huge
 * values, storage that will not keep changes, hostile links. Nothing saved may be lost without the
 * reader being told on the page they are on, and every message stays short.
 */
const KEY = 'ai-career-atlas:progress';
const UNREADABLE = `${KEY}:unreadable`;
const FINDER = '/find-your-role/#background=software_engineering&interests=deployment';

const item = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
const setItem = (page: Page, key: string, value: string) =>
	page.evaluate(([name, text]) => localStorage.setItem(name, text), [key, value] as const);

test('the role finder shows damaged saved data before "Add to my plan", and keeps the original', async ({
	page,
}) => {
	const damaged = savedDocumentText({
		entries: { 'software-engineer-to-ml-engineer/ml-course': { state: 'finished', updated: 1 } },
	});
	await page.goto('/progress/');
	await setItem(page, KEY, damaged);
	await page.goto(FINDER);
	const notice = page
		.locator('atlas-recommender .atlas-notes')
		.filter({ hasText: 'saved progress' });
	await expect(notice).toContainText('Part of your saved progress could not be read');
	const button = page.getByRole('button', { name: /^Add to my plan/ }).first();
	await button.click();
	await expect(page.getByRole('status')).toContainText(
		'Part of your saved progress could not be read',
	);
	await expect.poll(() => item(page, UNREADABLE)).toBe(damaged);
	await expect(notice).toContainText('could not be read earlier');
	await expect(notice.getByRole('button', { name: 'Download the original' })).toBeVisible();
});

test('a newer version’s fields and version survive a change made here', async ({ page }) => {
	const newer = {
		format: 'ai-career-atlas-progress',
		version: PROGRESS_VERSION + 1,
		entries: {},
		plan: [],
		notes: { 'software-engineer-to-ml-engineer': 'Ask about the course' },
		worksheets: { rice: { features: [{ name: 'Smart replies', reach: 1000 }] } },
	};
	await page.goto('/progress/');
	await setItem(page, KEY, JSON.stringify(newer));
	await page.goto(FINDER);
	await expect(page.locator('atlas-recommender')).toContainText('saved by a newer version');
	await page
		.getByRole('button', { name: /^Add to my plan/ })
		.first()
		.click();
	await expect.poll(async () => JSON.parse((await item(page, KEY)) ?? '{}').plan).toHaveLength(1);
	const written = JSON.parse((await item(page, KEY)) ?? '{}');
	expect(written.version).toBe(PROGRESS_VERSION + 1);
	expect(written.notes).toEqual(newer.notes);
	expect(written.worksheets.rice).toEqual(newer.worksheets.rice);
});

test('one bad cell of the skills matrix is dropped and named; the valid rows stay', async ({
	page,
}) => {
	await page.goto('/exercises/map-your-skills/');
	await setItem(
		page,
		KEY,
		savedDocumentText({
			worksheets: {
				skillsMatrix: {
					rows: [
						{ name: 'Python', scores: { 'ml-engineer': 4, 'data-scientist': 2 } },
						{ name: 'SQL', scores: { 'data-scientist': 3 } },
					],
					updated: 1,
				},
			},
		}),
	);
	await page.reload();
	await expect(page.locator('.atlas-progress-problem')).toContainText(
		'worksheets › skillsMatrix › rows › item 1 › scores › “\u2068ml-engineer\u2069” should be at most 3',
	);
	await expect(page.getByRole('textbox', { name: 'Skill 1', exact: true })).toHaveValue('Python');
	await expect(page.getByRole('textbox', { name: 'Skill 2', exact: true })).toHaveValue('SQL');
	await expect(page.locator('[data-total="data-scientist"]')).toHaveText('5');
});

test('a saved time far in the future counts for nothing, and is named', async ({ page }) => {
	await page.goto('/progress/');
	await setItem(
		page,
		KEY,
		savedDocumentText({
			entries: {
				'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 32503680000000 },
			},
		}),
	);
	await page.reload();
	await expect(page.locator('.atlas-progress-problem')).toContainText(
		'updated is a time more than a day in the future',
	);
	await expect(page.locator('[data-list="pathways"] li')).toHaveCount(0);
});

test('a saved key of megabytes gets a short notice', async ({ page }) => {
	await page.goto('/progress/');
	await setItem(
		page,
		KEY,
		savedDocumentText({
			entries: { [`${'K'.repeat(4_000_000)}/x`]: { state: 'done', updated: 1 } },
		}),
	);
	await page.reload();
	const notice = page.locator('.atlas-progress-problem');
	await expect(notice).toContainText('is not in the expected form');
	expect((await notice.textContent())?.length).toBeLessThan(500);
});

test('an import when storage is full says it was not saved', async ({ page }) => {
	await page.goto('/progress/backup/');
	await page.evaluate(() => {
		// Fill localStorage to the brim, in ever smaller pieces.
		for (let size = 1 << 20, n = 0; size >= 1; size = Math.floor(size / 2)) {
			try {
				for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
			} catch {
				// full at this size; try a smaller piece
			}
		}
	});
	await page.getByLabel('Progress file to import').setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			savedDocumentText({
				entries: {
					'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 1 },
					'software-engineer-to-ml-engineer/map-skills': { state: 'done', updated: 1 },
				},
			}),
		),
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const message = page.locator('[data-import-message]');
	await expect(message).toContainText('not letting the site save');
	await expect(message).not.toContainText('Imported');
	await expect(message).toHaveClass(/atlas-error/);
});

test('an import file with a value of 900 KB is refused in a short sentence', async ({ page }) => {
	await page.goto('/progress/backup/');
	await page.getByLabel('Progress file to import').setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(savedDocumentText({ version: 'v'.repeat(900_000) })),
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const message = page.locator('[data-import-message]');
	await expect(message).toContainText('old or unknown format');
	expect((await message.textContent())?.length).toBeLessThan(300);
});

test('a search link with 5,000 unknown parameters gets a one-line notice', async ({ page }) => {
	const junk = Array.from({ length: 5000 }, (_, index) => `p${index}=${'v'.repeat(280)}`);
	await page.goto(`/search/?q=rag&${junk.join('&')}`);
	const notice = page.locator('atlas-search[data-mode="page"] [data-notice]');
	await expect(notice).toContainText('and 4997 more');
	expect((await notice.textContent())?.length).toBeLessThan(400);
});

test('a right-to-left override in the search words does not reverse the status line', async ({
	page,
}) => {
	await page.goto(`/search/?q=${encodeURIComponent('\u202Egar')}`);
	const status = page.locator('atlas-search[data-mode="page"] [data-status]');
	await expect(status).toContainText('result');
	const text = (await status.textContent()) ?? '';
	expect(text).not.toContain('\u202E');
	expect(text).toMatch(/for “\u2068gar\u2069”/);
});

test('a role-finder link with 500 unknown settings gets one note for them', async ({ page }) => {
	const junk = Array.from({ length: 500 }, (_, index) => `x${index}=1`).join('&');
	await page.goto(`/find-your-role/#background=software_engineering&${junk}`);
	const notes = page.locator('[data-notes] li');
	await expect(notes.first()).toBeVisible();
	expect(await notes.count()).toBeLessThanOrEqual(3);
	await expect(page.locator('[data-notes]')).toContainText('Ignored unknown settings');
});

test('a role after character 1,000 of ?roles= is named in the note, not dropped silently', async ({
	page,
}) => {
	const junk = Array.from({ length: 200 }, (_, index) => `junk${index}`).join(',');
	await page.goto(`/compare/?roles=${junk},ml-engineer`);
	await expect(page.locator('.atlas-compare-note')).toContainText(
		'The address was longer than 1,000 characters, so only its start was read.',
	);
});

test('"-0" in the RICE calculator shows as 0', async ({ page }) => {
	await page.goto('/exercises/rice-for-ai-features/');
	const first = page.getByRole('group', { name: 'Feature 1' });
	await first.getByLabel(/^Reach/).fill('-0');
	await first.getByLabel(/^Impact/).fill('2');
	await first.getByLabel(/^Confidence/).fill('80');
	await first.getByLabel(/^Effort/).fill('4');
	const row = page.locator('[data-ranking] tr').first();
	await expect(row).toHaveText(['1', 'Feature 1', '0', '0 (1)', '4 person-months'].join(''));
});
