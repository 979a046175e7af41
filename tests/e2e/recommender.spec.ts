import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './axe';

/** The URL contract: these answers must render the seed's top three. */
const CONTRACT = '#background=software_engineering&interests=deployment,client_facing&years=5';

const results = (page: Page) => page.locator('#recommendations > li');

/** The ranked role ids, best first. */
const rankedIds = (page: Page) =>
	results(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-role-id')));

test('the contract URL renders the seed’s top three, in order, with their scores', async ({
	page,
}) => {
	await page.goto(`/find-your-role/${CONTRACT}`);
	await expect(results(page).first()).toHaveAttribute('data-role-id', 'ml-engineer');
	expect((await rankedIds(page)).slice(0, 3)).toEqual([
		'ml-engineer',
		'mlops-engineer',
		'forward-deployed-engineer',
	]);
	const top = page.locator('#recommendations > li.atlas-top');
	await expect(top).toHaveCount(3);
	await expect(top.locator('.atlas-score')).toHaveText(['5 points', '5 points', '4 points']);
	await expect(top.first()).toContainText('+3 background: Software engineering');
	await expect(top.first()).toContainText('+2 interest: Deployment');
	await expect(top.first()).toContainText('Reachable now.');
	// Five years and a pathway from software engineering: the reason names both.
	await expect(top.nth(2).locator('.atlas-reach')).toContainText(
		'Reachable now. The pathway “Software Engineer → Forward Deployed Engineer” leads to it from your background, Software engineering. You have 5 years of work experience; it asks for at least 1 year.',
	);
	await expect(top.first().getByRole('link', { name: 'ML Engineer', exact: true })).toHaveAttribute(
		'href',
		'/roles/ml-engineer/',
	);
	await expect(top.first().locator('a[href^="/pathways/"]')).toHaveAttribute(
		'href',
		'/pathways/software-engineer-to-ml-engineer/',
	);
	await expect(page.getByRole('status')).toHaveText(
		/^Top 3: ML Engineer, 5 points; MLOps .*, 5 points; Forward Deployed Engineer, 4 points\.$/,
	);
	// Every role is listed once.
	const ids = await rankedIds(page);
	expect(new Set(ids).size).toBe(ids.length);
	expect(ids.length).toBeGreaterThanOrEqual(12);

	// A new fragment (a pasted link) re-ranks; a link to a heading does not.
	await page.evaluate(() => {
		window.location.hash = '#background=academia_research&interests=research,safety';
	});
	await expect(results(page).first()).toHaveAttribute('data-role-id', 'ai-research-scientist');
	await page.getByRole('link', { name: 'How the scoring works' }).first().click();
	await expect(results(page).first()).toHaveAttribute('data-role-id', 'ai-research-scientist');
	await expect(page.getByLabel('Academia and research')).toBeChecked();
});

test('says how firm the ranking is: a near tie, the single changes that reorder it, the points each answer moved', async ({
	page,
}) => {
	const firmness = page.getByRole('region', { name: 'How firm is this ranking?' });
	await page.goto('/find-your-role/');
	await expect(firmness).toBeHidden();
	await page.goto(`/find-your-role/${CONTRACT}`);
	await expect(firmness).toBeVisible();
	await expect(firmness.locator('[data-near]')).toHaveText(
		'Your top two, ML Engineer and MLOps / LLMOps Engineer, have the same score: treat them as equally good places to start.',
	);
	// The changes wait behind their count, so the results stay near the top on a phone.
	const changes = firmness.getByRole('listitem');
	await expect(changes).toHaveCount(0);
	await firmness.getByText('10 single changes to your answers would change your top three').click();
	await expect(changes.first()).toHaveText(
		/^If you .+, .+ would join your top three, and .+ would leave it\.$/,
	);
	await firmness.getByText('How many points each of your answers moved').click();
	const table = firmness.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Your answer',
		'ML Engineer',
		'MLOps / LLMOps Engineer',
		'Forward Deployed Engineer',
	]);
	await expect(table.getByRole('rowheader')).toHaveText([
		'Background: Software engineering',
		'Interest: Deployment',
		'Interest: Client-facing work',
	]);
	// The ML Engineer's 5 points, answer by answer, as its own result explains them.
	await expect(table.locator('tbody tr td:first-of-type')).toHaveText(['+3', '+2', '+0']);
	expect(await axeViolations(page)).toEqual([]);
});

test('filling the form by keyboard alone updates the URL and the results', async ({ page }) => {
	await page.goto('/find-your-role/');
	await expect(page.locator('[data-empty]')).toBeVisible();
	const focusedOn = (selector: string) =>
		page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);
	/** Presses Tab, and nothing else, until the element is focused. */
	const tabTo = async (selector: string) => {
		for (let presses = 0; presses < 300 && !(await focusedOn(selector)); presses += 1) {
			await page.keyboard.press('Tab');
		}
		expect(await focusedOn(selector)).toBe(true);
	};

	await tabTo('#rec-background-software_engineering');
	await page.keyboard.press('Space');
	await tabTo('#rec-interest-deployment');
	await page.keyboard.press('Space');
	await tabTo('#rec-interest-client_facing');
	await page.keyboard.press('Space');
	await tabTo('#rec-years');
	await page.keyboard.type('5');
	await expect(page).toHaveURL(new RegExp(`/find-your-role/${CONTRACT}$`));
	expect((await rankedIds(page)).slice(0, 3)).toEqual([
		'ml-engineer',
		'mlops-engineer',
		'forward-deployed-engineer',
	]);

	// Full assessment: a skill rating by select, then travel by arrow keys within the radio group.
	await tabTo('#rec-skill-python');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/skills=python:3/);
	await tabTo('#rec-travel-yes');
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/travel=no$/);
	const fde = page.locator('[data-role-id="forward-deployed-engineer"]');
	await expect(fde).toContainText('−2 travel');
	expect((await rankedIds(page)).slice(0, 3)).toEqual([
		'ml-engineer',
		'mlops-engineer',
		'research-engineer',
	]);

	// The submit button moves focus to the results; nothing is sent.
	await tabTo('button[type="submit"]');
	await page.keyboard.press('Enter');
	await expect(page.locator('#your-results')).toBeFocused();
	await expect(page).toHaveURL(/\/find-your-role\/#background=/);
});

test('a hostile fragment shows notes and injects no markup', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const markup = encodeURIComponent('<img src=x onerror=alert(1)>');
	await page.goto(
		`/find-your-role/#background=${markup}&colour=blue&years=999&interests=deployment,${markup}&skills=writing:9&${'x'.repeat(3000)}=1`,
	);
	const notes = page.locator('[data-notes]');
	await expect(notes).toBeVisible();
	await expect(notes).toContainText(
		'Ignored unknown background “\u2068<img src=x onerror=alert(1)>\u2069”',
	);
	await expect(notes).toContainText('Read years “\u2068999\u2069” as 50');
	await expect(notes).toContainText('Read the Writing rating “\u20689\u2069” as 3');
	await expect(notes).toContainText('only its start was read');
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	// What made sense is kept, and the finder asks for a background instead of guessing one.
	await expect(page.getByLabel('Deployment')).toBeChecked();
	await expect(page.locator('#rec-years')).toHaveValue('50');
	await expect(page.locator('[data-empty]')).toBeVisible();
	await expect(results(page)).toHaveCount(0);
	await page.getByRole('radio', { name: 'Software engineering' }).check();
	expect((await rankedIds(page)).slice(0, 3)).toEqual([
		'ml-engineer',
		'mlops-engineer',
		'research-engineer',
	]);
});

test('the skills matrix hands its skills over, and the finder asks for the background before ranking', async ({
	page,
}) => {
	await page.goto('/exercises/map-your-skills/');
	await page.locator('[data-skill]').first().selectOption('python');
	const send = page.getByRole('link', { name: 'Open the role finder with your mapped skills' });
	await expect(send).toHaveAttribute('href', '/find-your-role/#skills=python:3');
	await send.click();
	await expect(page).toHaveURL(/\/find-your-role\/#skills=python:3$/);
	await expect(page.locator('#rec-skill-python')).toHaveValue('python:3');
	// No ranking for a background the reader never chose: the finder asks for it.
	await expect(page.locator('[data-empty]')).toBeVisible();
	await expect(page.locator('[data-empty]')).toContainText('the background closest to yours');
	await expect(results(page)).toHaveCount(0);
	await expect(page.getByRole('status')).toHaveText('');

	await page.getByRole('radio', { name: 'Software engineering' }).check();
	await expect(page).toHaveURL(/#background=software_engineering&skills=python:3$/);
	const first = results(page).first();
	await expect(first).toHaveAttribute('data-role-id', 'ml-engineer');
	await expect(first).toContainText('+3 background: Software engineering');
	await expect(first).toContainText('+2 skills (Your ratings on 1 of its 5 key skills: Python 3');
	await expect(page.locator('[data-empty]')).toBeHidden();
});

test('“Add to my plan” pins a result’s pathway to the plan the progress page lists', async ({
	page,
}) => {
	await page.goto(`/find-your-role/${CONTRACT}`);
	const top = results(page).first();
	await expect(top).toHaveAttribute('data-role-id', 'ml-engineer');
	const button = top.getByRole('button', { name: /^Add to my plan/ });
	// The name starts with the visible text and names the pathway, so the buttons differ.
	await expect(button).toHaveAccessibleName('Add to my plan (Software Engineer → ML Engineer)');
	await expect(button).toHaveText('Add to my plan (Software Engineer → ML Engineer)');
	await expect(button.locator('[data-plan-text]')).toBeVisible();
	await expect(button.locator('.sr-only')).not.toBeInViewport();
	await button.click();
	await expect(top.getByRole('button')).toHaveAccessibleName(
		'Remove from my plan (Software Engineer → ML Engineer)',
	);
	await expect(page.getByRole('status')).toHaveText(
		'Added Software Engineer → ML Engineer to your plan; see it on the progress page.',
	);
	// Results whose pathway is not in the plan still offer to add theirs.
	await expect(results(page).nth(1).getByRole('button')).toHaveAccessibleName(/^Add to my plan \(/);

	await page.goto('/progress/');
	await expect(
		page
			.locator('[data-list="plan"]')
			.getByRole('link', { name: 'Software Engineer → ML Engineer' }),
	).toBeVisible();

	await page.goto(`/find-your-role/${CONTRACT}`);
	await expect(results(page).first().getByRole('button')).toHaveAccessibleName(
		/^Remove from my plan \(/,
	);
});

test('the plan button works from the keyboard, with visible focus, and follows other tabs', async ({
	page,
	context,
}) => {
	await page.goto(`/find-your-role/${CONTRACT}`);
	const button = results(page).first().getByRole('button');
	await expect(button).toHaveAccessibleName(/^Add to my plan \(/);
	for (let presses = 0; presses < 300; presses += 1) {
		if (await button.evaluate((element) => element === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(button).toBeFocused();
	await expect(button).toHaveCSS('outline-style', 'solid');
	await page.keyboard.press('Enter');
	await expect(button).toHaveAccessibleName(/^Remove from my plan \(/);
	await expect(button).toBeFocused();
	await page.keyboard.press('Space');
	await expect(button).toHaveAccessibleName(/^Add to my plan \(/);
	await expect(page.getByRole('status')).toHaveText(
		'Removed Software Engineer → ML Engineer from your plan.',
	);

	// A change on the pathway's own page, in another tab, shows here at once.
	const other = await context.newPage();
	await other.goto('/pathways/software-engineer-to-ml-engineer/');
	await other.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(button).toHaveAccessibleName(/^Remove from my plan \(/);
});

test('each background’s points are a table of their own, so every role is read with it', async ({
	page,
}) => {
	await page.goto('/find-your-role/');
	const software = page.getByRole('table', { name: 'Software engineering: +3 to each role' });
	await expect(software.getByRole('rowheader', { name: 'ML Engineer' })).toBeVisible();
	await expect(software.getByRole('row', { name: /ML Engineer/ })).toContainText(
		'Your engineering skills carry straight over; add the fundamentals of ML',
	);
	await expect(page.getByRole('table', { name: /: \+3 to each role$/ })).toHaveCount(
		await page.locator('form [name="background"]').count(),
	);
	await expect(page.locator('th[scope="rowgroup"]')).toHaveCount(0);
	const interests = page.getByRole('table', { name: 'Interests: +2 to each role named' });
	await expect(interests.getByRole('row', { name: /Deployment/ })).toContainText(
		'Forward Deployed Engineer',
	);
});

test('printing shows the results, not the form', async ({ page }) => {
	await page.goto(`/find-your-role/${CONTRACT}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form.atlas-recommender-form')).toBeHidden();
	await expect(results(page).first()).toBeVisible();
	await expect(page.locator('#where-the-points-come-from')).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });

		test('results, notes and highlights have no axe violations', async ({ page }) => {
			await page.goto(
				`/find-your-role/${CONTRACT}&skills=python:3,sql:0&goals=clients&pay=high&colour=blue`,
			);
			await expect(results(page).first()).toBeVisible();
			await expect(page.getByRole('button', { name: /^Add to my plan \(/ }).first()).toBeVisible();
			// "Label in name" is part of the check: the plan buttons' names start with their text.
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}
