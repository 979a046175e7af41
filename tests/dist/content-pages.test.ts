import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, documentOf, pageKind } from './built-site';
import { NOTHING_PUBLISHED, ROLE_EXERCISE_LIMIT } from '../../src/atlas/role-guide';
import { NEXT_STEP_HEADING, SOURCES_HEADING } from '../../src/atlas/sections';
import { FAMILY_LABELS } from '../../src/schemas/family';

/**
 * The parts every content page is built from, checked on the built site: one Sources box per
 * page (the FAQ page's included), the same opening and sections on every role, pathway steps that
 * say what to do, the note on roles whose name is changed work, the illustration label beside an
 * illustrative story's figures, and one next step at the end of every content page.
 */
const pages = builtPages();
const ofKind = (...kinds: string[]) => pages.filter((page) => kinds.includes(pageKind(page.path)));
const cases = (list: readonly BuiltPage[]) => list.map((page) => [page.path, page] as const);
const main = (page: BuiltPage) => documentOf(page).querySelector('main') as HTMLElement;
const text = (element: HTMLElement | null | undefined) =>
	(element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tocLinks = (page: BuiltPage) =>
	documentOf(page)
		.querySelectorAll('starlight-toc nav a')
		.map((link) => link.getAttribute('href'));
const headingIds = (page: BuiltPage) =>
	main(page)
		.querySelectorAll('h2[id]')
		.map((heading) => heading.id);

const roles = ofKind('role');
const pathways = ofKind('pathway');
const contentPages = ofKind('role', 'pathway', 'case-study', 'exercise', 'guide');
/** Pages written from the documents: every content page, and the answers on the FAQ page. */
const attributed = [...contentPages, ...pages.filter((page) => page.path === '/faq/')];

const CHANGED_WORK = 'aside[aria-label="A name for changed work, not a job title"]';
/** The value of a row of a page's "At a glance" list ("Family", "To", "Time"). */
const fact = (page: BuiltPage, label: string) =>
	main(page)
		.querySelectorAll('.atlas-facts dt')
		.find((term) => text(term) === label)?.nextElementSibling ?? undefined;
const isEmerging = (rolePath: string) => {
	const role = pages.find((page) => page.path === rolePath);
	return role !== undefined && text(fact(role, 'Family')) === FAMILY_LABELS.emerging;
};

describe('the Sources box', () => {
	test('every kind of content page is built', () => {
		for (const kind of ['role', 'pathway', 'case-study', 'exercise', 'guide'])
			expect(ofKind(kind).length, kind).toBeGreaterThan(0);
	});

	test('the FAQ page is built', () => {
		expect(attributed.length).toBe(contentPages.length + 1);
	});

	test.each(cases(attributed))('%s has exactly one, in its table of contents', (_, page) => {
		const boxes = main(page).querySelectorAll('.atlas-sources');
		expect(boxes).toHaveLength(1);
		expect(boxes[0]?.querySelectorAll('cite').length).toBeGreaterThan(0);
		expect(tocLinks(page)).toContain(`#${SOURCES_HEADING.id}`);
	});

	test.each(cases(contentPages))('%s labels an illustrative story beside its figures', (_, page) => {
		const box = text(main(page).querySelector('.atlas-sources'));
		if (!box.includes('An illustrative story')) return;
		const labelled = (element: HTMLElement | null | undefined) => /illustrative/i.test(text(element));
		// A career story's pay: the chart and the table that carries the same figures.
		for (const chart of main(page).querySelectorAll('figure:has(svg[aria-labelledby^="progression-"])')) {
			expect(labelled(chart.querySelector('figcaption')), 'chart caption').toBe(true);
			expect(labelled(chart.nextElementSibling?.querySelector('caption')), 'table caption').toBe(true);
		}
		// A plan's timeline: every time figure is our estimate or labelled as the story's.
		if (pageKind(page.path) !== 'pathway') return;
		for (const time of [fact(page, 'Time'), ...main(page).querySelectorAll('.atlas-duration')])
			expect(text(time)).toMatch(/illustrative story|our planning estimate/);
	});
});

describe('the next step', () => {
	test.each(cases(contentPages))('%s ends with one, in its contents', (_, page) => {
		expect(headingIds(page).at(-1)).toBe(NEXT_STEP_HEADING.id);
		expect(tocLinks(page).at(-1)).toBe(`#${NEXT_STEP_HEADING.id}`);
		const sections = main(page).querySelectorAll(`section[aria-labelledby="${NEXT_STEP_HEADING.id}"]`);
		expect(sections).toHaveLength(1);
		expect(sections[0]?.querySelectorAll('a')).toHaveLength(1);
	});
});

describe('role pages', () => {
	const fixed = ['tools', 'is-it-for-you', 'where-the-work-happens', 'proof-you-can-show'];

	test.each(cases(roles))('%s has every role section, each in the contents', (_, page) => {
		const ids = headingIds(page);
		const expected = [...fixed, SOURCES_HEADING.id, NEXT_STEP_HEADING.id];
		expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
		expect(ids.at(-1)).toBe(NEXT_STEP_HEADING.id);
		for (const id of expected) expect(tocLinks(page)).toContain(`#${id}`);
	});

	test.each(cases(roles))('%s opens with who it is for and where to start', (_, page) => {
		const labels = main(page)
			.querySelectorAll('.atlas-facts dt')
			.map((term) => text(term));
		expect(labels.slice(0, 2)).toEqual(['Who it is for', 'Where to start']);
		expect(text(fact(page, 'Who it is for')).length).toBeGreaterThan(20);
		const starts = fact(page, 'Where to start')?.querySelectorAll('a') ?? [];
		expect(starts.length).toBeGreaterThan(0);
		for (const link of starts) expect(link.getAttribute('href')).toMatch(/^\/(pathways\/[a-z0-9-]+|find-your-role)\/$/);
	});

	test.each(cases(roles))('%s lists at most a few exercises, and links to the rest', (_, page) => {
		const section = main(page).querySelector('section[aria-labelledby="exercises"]');
		const listed = section?.querySelectorAll('.atlas-link-list > li') ?? [];
		expect(listed.length).toBeLessThanOrEqual(ROLE_EXERCISE_LIMIT);
		const more = section?.querySelector('.atlas-more a');
		if (more) expect(more.getAttribute('href')).toBe('/exercises/');
	});

	test.each(cases(roles))('%s lists its fit, or says plainly nothing is published', (_, page) => {
		for (const id of fixed) {
			const section = main(page).querySelector(`section[aria-labelledby="${id}"]`);
			const listed = section?.querySelectorAll('li, dd').length ?? 0;
			if (listed === 0) expect(text(section?.querySelector('p'))).toBe(NOTHING_PUBLISHED);
		}
	});

	test.each(cases(roles))('%s links every tool to its resources entry', (_, page) => {
		const links = main(page).querySelectorAll('section[aria-labelledby="tools"] a');
		for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/resources\/#[a-z0-9-]+$/);
	});

	test.each(cases(roles))('%s notes changed work exactly when it is an LLM-era role', (_, page) => {
		const notes = main(page).querySelectorAll(CHANGED_WORK);
		expect(notes).toHaveLength(isEmerging(page.path) ? 1 : 0);
	});

	test('some roles are LLM-era roles, so the note is checked both ways', () => {
		expect(roles.filter((page) => isEmerging(page.path)).length).toBeGreaterThan(0);
		expect(roles.filter((page) => !isEmerging(page.path)).length).toBeGreaterThan(0);
	});
});

/** Words too common to make a run of words name an exercise. */
const SMALL_WORDS = new Set(
	'a an the to of in for with and your on at from as into it its by or you'.split(' '),
);
const words = (title: string) =>
	title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ');
/** Runs of three words of a title with at least two that are not small words. */
const runsOf = (title: string) => {
	const all = words(title);
	return all
		.slice(0, -2)
		.map((_, i) => all.slice(i, i + 3))
		.filter((run) => run.filter((word) => !SMALL_WORDS.has(word)).length >= 2)
		.map((run) => run.join(' '));
};
/**
 * A step's title names an exercise when the two share a run of three words ("map your skills",
 * "feature ideas with RICE", "in STAR format"), not only small words.
 */
const namesExercise = (stepTitle: string, exerciseTitle: string) => {
	const runs = new Set(runsOf(exerciseTitle));
	return runsOf(stepTitle).some((run) => runs.has(run));
};

describe('pathway pages', () => {
	const steps = pathways.flatMap((page) => {
		const target = fact(page, 'To')?.querySelector('a')?.getAttribute('href');
		return main(page)
			.querySelectorAll('li[data-step-id]')
			.map((step) => {
				const links = step.querySelectorAll('.atlas-step-guide a').map((a) => a.getAttribute('href'));
				return {
					where: `${page.path}#${step.id}`,
					title: text(step.querySelector('strong')),
					links,
					/** Links to follow: the pathway's own target role is the page's subject, not a next move. */
					actionable: links.filter((href) => href !== target),
				};
			});
	});
	const exercises = ofKind('exercise').map((page) => ({
		href: page.path,
		title: text(documentOf(page).querySelector('h1')),
	}));

	test('the name matcher finds an exercise named in other words, and only then', () => {
		expect(namesExercise('Prepare answers in STAR format', 'Answer questions in STAR format')).toBe(
			true,
		);
		expect(namesExercise('Learn how AI teams work', 'Interview an AI team')).toBe(false);
	});

	test('at least 90 % of steps carry a link to follow besides the target role', () => {
		expect(steps.length).toBeGreaterThan(0);
		const unlinked = steps.filter((step) => step.actionable.length === 0);
		const share = 1 - unlinked.length / steps.length;
		expect(share, unlinked.map((step) => step.where).join('\n')).toBeGreaterThanOrEqual(0.9);
	});

	test('every step whose title names an exercise links to it', () => {
		const named = steps.flatMap((step) =>
			exercises
				.filter((exercise) => namesExercise(step.title, exercise.title))
				.map((exercise) => ({ step, exercise })),
		);
		expect(named.length).toBeGreaterThan(0);
		const unlinked = named
			.filter(({ step, exercise }) => !step.links.includes(exercise.href))
			.map(({ step, exercise }) => `${step.where} names ${exercise.href}`);
		expect(unlinked).toEqual([]);
	});

	test.each(cases(pathways))('%s notes changed work exactly when it leads to an LLM-era role', (_, page) => {
		const target = fact(page, 'To')?.querySelector('a')?.getAttribute('href');
		expect(target).toBeDefined();
		const notes = main(page).querySelectorAll(CHANGED_WORK);
		expect(notes).toHaveLength(isEmerging(target ?? '') ? 1 : 0);
	});
});

describe('the progress pages', () => {
	const progressPages = pages.filter((page) => page.path.startsWith('/progress/'));

	test.each(cases(progressPages))('%s lists every section it always shows in its contents', (_, page) => {
		expect(headingIds(page).length).toBeGreaterThan(0);
		// "Continue your plan" shows only once there is a next step, so it stays out of the list.
		const always = headingIds(page).filter((id) => id !== 'what-next');
		expect(tocLinks(page).filter((href) => href !== '#_top')).toEqual(always.map((id) => `#${id}`));
	});
});
