import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';

/**
 * A plan with dates, a calendar file, skipping what the reader already knows, the evidence log and
 * the "continue your plan" entry, on the built site. Each test starts with an empty browser
 * profile.
 */
const KEY = 'ai-career-atlas:progress';
const PATHWAY = '/pathways/software-engineer-to-ml-engineer/';
const PATHWAY_ID = 'software-engineer-to-ml-engineer';
const EXERCISE = '/exercises/map-your-skills/';

interface SavedDocument {
	version: number;
	plan: string[];
	entries: Record<string, { state: string; known?: string[] }>;
	schedules?: Record<string, { start: string; hoursPerWeek: number }>;
	evidence?: { key: string; note: string; link?: string; date: string }[];
}

const saved = async (page: Page): Promise<SavedDocument> =>
	JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');

/** Opens the dates form on the pathway page and saves a start date and a pace. */
async function setDates(page: Page, start: string, pace: RegExp): Promise<void> {
	const dates = page.locator('.atlas-dates');
	await dates.getByText('Set dates').click();
	await dates.getByLabel('Start date').fill(start);
	await dates.getByRole('radio', { name: pace }).check();
	await dates.getByRole('button', { name: 'Save dates' }).click();
	await expect(dates.getByRole('status')).toContainText(
		'Dates saved, and the pathway is in your plan. Your dates: ',
	);
}

test('a start date and a pace give every stage its dates, kept after a reload', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await setDates(page, '2027-01-04', /^Part time/);
	const stageDates = page.locator('.atlas-stage-dates');
	const count = await page.locator('.atlas-stage').count();
	await expect(stageDates).toHaveCount(count);
	for (const line of await stageDates.all()) await expect(line).toContainText('2027');
	await expect(stageDates.first()).toContainText('4 January 2027');
	await page.reload();
	await expect(page.locator('.atlas-stage-dates').first()).toContainText('4 January 2027');
	const document = await saved(page);
	expect(document.plan).toContain(PATHWAY_ID);
	expect(document.schedules?.[PATHWAY_ID]).toMatchObject({ start: '2027-01-04' });
});

test('a pace out of range is refused beside the field, and nothing is saved', async ({ page }) => {
	await page.goto(PATHWAY);
	const dates = page.locator('.atlas-dates');
	await dates.getByText('Set dates').click();
	await dates.getByLabel('Start date').fill('2027-01-04');
	await dates.getByRole('radio', { name: 'My own number of hours a week' }).check();
	for (const hours of ['0', '1000000']) {
		await dates.getByRole('spinbutton', { name: 'Hours a week' }).fill(hours);
		await dates.getByRole('button', { name: 'Save dates' }).click();
		await expect(dates.getByRole('spinbutton', { name: 'Hours a week' })).toHaveAttribute(
			'aria-invalid',
			'true',
		);
		await expect(dates.locator('[id$="-hours-error"]')).toHaveText(
			'Enter whole hours a week from 1 to 80.',
		);
	}
	expect((await saved(page)).schedules).toBeUndefined();
});

test('the calendar file has one all-day event per stage, with stable identifiers', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	const stages = await page.locator('.atlas-stage h3').allTextContents();
	await setDates(page, '2027-01-04', /^Full time/);
	await page.goto('/progress/');
	const download = async () => {
		const waiting = page.waitForEvent('download');
		await page.getByRole('button', { name: /^Add to calendar: Software Engineer/ }).click();
		const file = await (await waiting).path();
		return readFileSync(file, 'utf8');
	};
	const first = await download();
	const calendar = new ICAL.Component(ICAL.parse(first));
	const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
	expect(events.map((event) => event.summary)).toEqual(
		stages.map((title) => expect.stringContaining(title)),
	);
	// Each start as parsed (jCal: name, parameters, type, value): a date, not a date-time.
	const starts = events.map((event) => event.component.getFirstProperty('dtstart')?.toJSON());
	for (const start of starts) expect(start?.[2]).toBe('date');
	expect(starts[0]?.[3]).toBe('2027-01-04');
	for (const event of events) expect(event.description).toContain(PATHWAY);
	const uids = (text: string) =>
		new ICAL.Component(ICAL.parse(text))
			.getAllSubcomponents('vevent')
			.map((event) => event.getFirstPropertyValue('uid'));
	expect(new Set(uids(first)).size).toBe(stages.length);
	expect(uids(await download())).toEqual(uids(first));
});

test('steps for skills the reader rated strong are skipped only when asked, and undone in one go', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await page.evaluate((key) => {
		const document = {
			format: 'ai-career-atlas-progress',
			version: 2,
			entries: {},
			plan: [],
			worksheets: {},
			ratings: { skills: { systems: 3, 'software-engineering': 3 }, updated: 1 },
		};
		localStorage.setItem(key, JSON.stringify(document));
	}, KEY);
	await page.reload();
	const known = page.getByRole('region', { name: 'Skip what you already know' });
	await expect(known).toContainText('you rated Systems');
	expect(Object.keys((await saved(page)).entries)).toEqual([]);
	await known.getByRole('button', { name: 'Skip these steps' }).click();
	await expect(known.getByRole('status')).toHaveText(
		'Marked skipped. Undo puts them back as not started.',
	);
	await expect.poll(async () => Object.keys((await saved(page)).entries).length).toBeGreaterThan(0);
	const skipped = Object.entries((await saved(page)).entries);
	for (const [, entry] of skipped) {
		expect(entry.state).toBe('skipped');
		expect(entry.known?.length).toBeGreaterThan(0);
	}
	await known.getByRole('button', { name: 'Undo: mark them not started' }).click();
	await expect(known.getByRole('status')).toHaveText(
		'Skips undone: those steps are not started again.',
	);
	await expect.poll(async () => (await saved(page)).entries).toEqual({});
});

test('evidence recorded on an exercise is in the log on /progress/ and in its Markdown', async ({
	page,
}) => {
	await page.goto('/progress/');
	await expect(page.getByText('Nothing recorded yet.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
	await page.goto(EXERCISE);
	const evidence = page.locator('.atlas-evidence').first();
	await evidence.getByText('Record what you made').click();
	await evidence.getByLabel('Link').fill('javascript:alert(1)');
	await evidence.getByLabel('What you made').fill('My scored skills matrix');
	await evidence.getByRole('button', { name: 'Save to my evidence log' }).click();
	await expect(evidence.getByLabel('Link')).toHaveAttribute('aria-invalid', 'true');
	expect((await saved(page)).evidence).toBeUndefined();
	await evidence.getByLabel('Link').fill('https://example.com/matrix');
	await evidence.getByLabel('Date').fill('2026-11-01');
	await evidence.getByRole('button', { name: 'Save to my evidence log' }).click();
	await expect.poll(async () => (await saved(page)).evidence?.length).toBe(1);

	await page.goto('/progress/');
	const log = page.locator('#evidence-log').locator('..');
	await expect(log).toContainText('My scored skills matrix');
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: /Markdown/ }).click();
	const markdown = readFileSync(await (await waiting).path(), 'utf8');
	expect(markdown).toContain('My scored skills matrix');
	expect(markdown).toContain('https://example.com/matrix');
	expect(markdown).not.toContain('javascript:');
});

test('with dates, the home page’s Continue your plan names the dates of the stage to work on', async ({
	page,
}) => {
	await page.goto(PATHWAY);
	await setDates(page, '2027-01-04', /^Part time/);
	await page.goto('/');
	const entry = page.getByRole('region', { name: 'Continue your plan' });
	await expect(entry).toContainText('Software Engineer → ML Engineer');
	await expect(entry).toContainText('Learn the fundamentals: 4 January 2027 to ');
	await expect(entry.getByRole('link').first()).toHaveAttribute('href', new RegExp(PATHWAY));
});

test('the role finder says how firm its ranking is, and its saved ratings reach the pathway', async ({
	page,
}) => {
	await page.goto(
		'/find-your-role/#background=software_engineering&interests=deployment,client_facing&years=5&skills=systems:3,software-engineering:3',
	);
	const firmness = page.getByRole('region', { name: 'How firm is this ranking?' });
	await expect(firmness).toBeVisible();
	await firmness.getByText(/single changes? to your answers would change your top three/).click();
	await expect(firmness.getByRole('listitem').first()).toContainText('would join your top three');
	await firmness.getByText('How many points each of your answers moved').click();
	await expect(firmness.getByRole('table').getByRole('row')).not.toHaveCount(1);
	await firmness.getByRole('button', { name: 'Remember my skill ratings' }).click();
	await expect(firmness.getByRole('status')).toHaveText('Remembered in this browser.');
	await page.goto(PATHWAY);
	await expect(page.getByRole('region', { name: 'Skip what you already know' })).toContainText(
		'you rated Systems and infrastructure as strong',
	);
});
