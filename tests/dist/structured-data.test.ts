import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	type BuiltPage,
	builtPages,
	dist,
	documentOf,
	entryIds,
	mainText,
} from './built-site';

/** A parsed JSON-LD block, as loosely as JSON allows: the test checks its shape field by field. */
type Block = Record<string, unknown>;

function blocks(page: BuiltPage): Block[] {
	return documentOf(page)
		.querySelectorAll('head script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Block);
}

const ofType = (page: BuiltPage, type: string) => blocks(page).filter((b) => b['@type'] === type);
const h1 = (page: BuiltPage) => documentOf(page).querySelector('h1')?.textContent.trim() ?? '';
const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const cases = (list: readonly BuiltPage[]) => list.map((page) => [page.path, page] as const);

/** The built page of each entry of a collection, failing when an entry has no page. */
function entryPages(folder: string, prefix: string): (readonly [string, BuiltPage])[] {
	return entryIds(folder).map((id) => {
		const path = `${prefix}${id}/`;
		const page = byPath.get(path);
		if (!page) throw new Error(`${folder}/${id} has no built page at ${path}`);
		return [path, page] as const;
	});
}

describe('every page', () => {
	test.each(cases(pages))('%s has JSON-LD that parses, all on schema.org', (_, page) => {
		const found = blocks(page);
		expect(found.length).toBeGreaterThan(0);
		for (const block of found) expect(block['@context']).toBe('https://schema.org');
	});

	test.each(cases(pages))('%s has one BreadcrumbList ending at its own title', (_, page) => {
		const lists = ofType(page, 'BreadcrumbList');
		expect(lists).toHaveLength(1);
		const items = (lists[0]?.['itemListElement'] ?? []) as Block[];
		expect(items.map((item) => item['position'])).toEqual(items.map((_item, i) => i + 1));
		if (page.path === '/') expect(items).toHaveLength(1);
		else expect(items.at(-1)?.['name']).toBe(h1(page));
		for (const item of items.slice(0, -1)) {
			const path = new URL(String(item['item'])).pathname;
			expect(existsSync(join(dist, path, 'index.html')), `${path} exists`).toBe(true);
		}
	});
});

describe('each kind of page has its type', () => {
	test.each(entryPages('roles', '/roles/'))('%s is an Occupation', (_, page) => {
		const [occupation, ...more] = ofType(page, 'Occupation');
		expect(more).toEqual([]);
		expect(occupation).toMatchObject({ name: h1(page), url: expect.stringMatching(page.path) });
		expect(occupation?.['skills']).toEqual(expect.arrayContaining([expect.any(String)]));
		expect(occupation?.['responsibilities']).toEqual(expect.any(String));
		const salary = occupation?.['estimatedSalary'] as Block | undefined;
		const text = mainText(page.html);
		if (salary === undefined) {
			expect(text).toContain('No separate pay figure is published for this role.');
		} else {
			// The figure and its year are the ones the reader sees on the page.
			expect(salary).toMatchObject({ '@type': 'MonetaryAmountDistribution', duration: 'P1Y' });
			expect(salary['name']).toMatch(/^published pay range, ((total compensation|base salary), )?\d{4}$/);
			// The page shows the same basis and year beside the range: "(total compensation, 2026)".
			expect(text).toContain(`(${String(salary['name']).replace('published pay range, ', '')})`);
			expect(Number(salary['percentile10'])).toBeLessThanOrEqual(Number(salary['percentile90']));
		}
	});

	test.each(entryPages('pathways', '/pathways/'))('%s is a HowTo', (_, page) => {
		const [howTo, ...more] = ofType(page, 'HowTo');
		expect(more).toEqual([]);
		expect(howTo).toMatchObject({ name: h1(page), about: { '@type': 'Occupation' } });
		const sections = (howTo?.['step'] ?? []) as Block[];
		expect(sections.length).toBeGreaterThan(0);
		const ids = new Set(documentOf(page).querySelectorAll('[id]').map((el) => el.id));
		for (const section of sections) {
			expect(section['@type']).toBe('HowToSection');
			const steps = (section['itemListElement'] ?? []) as Block[];
			expect(steps.length).toBeGreaterThan(0);
			for (const step of [section, ...steps]) {
				// Every stage and step points at an anchor that exists on the page.
				const anchor = new URL(String(step['url'])).hash.slice(1);
				expect(ids.has(anchor), `#${anchor}`).toBe(true);
			}
		}
	});

	test.each(entryPages('exercises', '/exercises/'))('%s is a LearningResource', (_, page) => {
		const [resource, ...more] = ofType(page, 'LearningResource');
		expect(more).toEqual([]);
		expect(resource).toMatchObject({
			name: h1(page),
			learningResourceType: 'Exercise',
			educationalLevel: expect.stringMatching(/^(Beginner|Intermediate|Advanced)$/),
		});
		expect(resource?.['about']).toEqual(
			expect.arrayContaining([expect.objectContaining({ '@type': 'Occupation' })]),
		);
	});

	test.each(entryPages('case-studies', '/case-studies/'))('%s is an Article', (_, page) => {
		const [article, ...more] = ofType(page, 'Article');
		expect(more).toEqual([]);
		expect(article).toMatchObject({ headline: h1(page), publisher: { '@type': 'Organization' } });
	});

	test('the home page is a WebSite', () => {
		const home = byPath.get('/');
		expect(home && ofType(home, 'WebSite')).toHaveLength(1);
	});

	test('the glossary is a DefinedTermSet of every term, each pointing at its entry', () => {
		const glossary = byPath.get('/glossary/');
		if (!glossary) throw new Error('no /glossary/ page');
		const [set, ...more] = ofType(glossary, 'DefinedTermSet');
		expect(more).toEqual([]);
		const terms = (set?.['hasDefinedTerm'] ?? []) as Block[];
		const entries = documentOf(glossary).querySelectorAll('article h3[id]');
		expect(terms.map((term) => term['name'])).toEqual(entries.map((h3) => h3.textContent.trim()));
		expect(terms.map((term) => new URL(String(term['url'])).hash.slice(1))).toEqual(
			entries.map((h3) => h3.id),
		);
	});

	test('the questions page is an FAQPage of at least 12 questions, as on the page', () => {
		const faq = byPath.get('/faq/');
		if (!faq) throw new Error('no /faq/ page');
		const [page, ...more] = ofType(faq, 'FAQPage');
		expect(more).toEqual([]);
		const questions = (page?.['mainEntity'] ?? []) as Block[];
		expect(questions.length).toBeGreaterThanOrEqual(12);
		const headings = documentOf(faq).querySelectorAll('main section:not(.atlas-sources) > h2[id]');
		expect(questions.map((q) => q['name'])).toEqual(headings.map((h2) => h2.textContent.trim()));
		for (const question of questions) {
			const answer = question['acceptedAnswer'] as Block;
			expect(String(answer['text']).length).toBeGreaterThan(40);
			expect(String(answer['text'])).not.toMatch(/\]\(|\*\*/);
		}
	});

	test('no other page claims to be an entry', () => {
		const entries = new Set(
			[
				['roles', '/roles/'],
				['pathways', '/pathways/'],
				['exercises', '/exercises/'],
				['case-studies', '/case-studies/'],
			].flatMap(([folder = '', prefix]) => entryIds(folder).map((id) => `${prefix}${id}/`)),
		);
		const reference: Record<string, string> = { '/glossary/': 'DefinedTermSet', '/faq/': 'FAQPage' };
		const claims = pages
			.filter((page) => !entries.has(page.path))
			.flatMap((page) =>
				blocks(page)
					.filter((block) => block['@type'] !== 'BreadcrumbList' && block['@type'] !== 'WebSite')
					.filter((block) => block['@type'] !== reference[page.path])
					.map((block) => `${page.path}: ${String(block['@type'])}`),
			);
		expect(claims).toEqual([]);
	});
});
