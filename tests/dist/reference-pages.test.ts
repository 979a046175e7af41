import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, documentOf } from './built-site';
import { isExternal, linksOf, siteOrigin } from './links';

/**
 * The reference pages and the starting points, checked against the content files a maintainer
 * adds: every resource, term, question and background has its entry or page, so a new file
 * cannot be left out, and every resource's address is a link the external-link report checks.
 */
const content = resolve(import.meta.dirname, '../../content');
const pages = builtPages();
const origin = siteOrigin(pages);
const page = (path: string) => {
	const found = pages.find((candidate) => candidate.path === path);
	if (!found) throw new Error(`no page at ${path}`);
	return found;
};

/** The ids of a folder's entries and one top-level field of each, read from the files. */
const entries = (folder: string, field: string) =>
	readdirSync(join(content, folder))
		.filter((name) => /^[^_].*\.(ya?ml|mdx?)$/.test(name))
		.map((name) => ({
			id: name.replace(/\.[^.]+$/, ''),
			value: new RegExp(`^${field}:\\s*['"]?(.+?)['"]?\\s*$`, 'm')
				.exec(readFileSync(join(content, folder, name), 'utf8'))?.[1]
				?.trim(),
		}));

const ids = (path: string, selector: string) =>
	new Set(documentOf(page(path)).querySelectorAll(selector).map((element) => element.id));

describe('resources', () => {
	const resources = entries('resources', 'url');
	const anchors = ids('/resources/', 'article h3[id]');
	const external = linksOf(page('/resources/'), origin)
		.filter((link) => isExternal(link, origin))
		.map((link) => link.raw);

	test.each(resources)('$id has an entry linking to its official https address', ({ id, value }) => {
		expect(anchors.has(id)).toBe(true);
		expect(value).toMatch(/^https:\/\//);
		expect(external).toContain(value);
	});

	/** "By role": each role's page address and the anchors of the resources listed under it. */
	const byRole = new Map(
		documentOf(page('/resources/'))
			.querySelectorAll('.atlas-by-role dt')
			.map((term) => [
				term.querySelector('a')?.getAttribute('href'),
				new Set(
					(term.nextElementSibling?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href')),
				),
			]),
	);
	const pathwayPages = pages.filter((built) => /^\/pathways\/[^/]+\/$/.test(built.path));

	test.each(pathwayPages.map((built) => [built.path, built] as const))(
		'%s: every resource its steps link is listed under its target role',
		(_, built) => {
			const html = documentOf(built);
			const target = html
				.querySelectorAll('main .atlas-facts dt')
				.find((term) => term.textContent.trim() === 'To')
				?.nextElementSibling?.querySelector('a')
				?.getAttribute('href');
			expect(target).toMatch(/^\/roles\//);
			const listed = byRole.get(target);
			const used = html
				.querySelectorAll('main li[data-step-id] .atlas-step-guide a[href^="/resources/#"]')
				.map((a) => a.getAttribute('href')?.replace('/resources/', ''));
			const missing = [...new Set(used)].filter((anchor) => !listed?.has(anchor));
			expect(missing, `not under ${target} on /resources/`).toEqual([]);
		},
	);
});

describe('glossary and questions', () => {
	test.each(entries('terms', 'term'))('term $id has its anchor in the glossary', ({ id }) => {
		expect(ids('/glossary/', 'article h3[id]').has(id)).toBe(true);
	});

	test.each(entries('faq', 'question'))('question $id has its anchor on /faq/', ({ id }) => {
		expect(ids('/faq/', 'section > h2[id]').has(id)).toBe(true);
	});

	test('role and pathway pages link the first use of terms to the glossary, once each', () => {
		for (const path of ['/roles/ml-engineer/', '/pathways/software-engineer-to-ml-engineer/']) {
			const links = documentOf(page(path))
				.querySelectorAll('main a.atlas-term-link')
				.map((link) => link.getAttribute('href') ?? '');
			expect(links.length).toBeGreaterThan(5);
			expect(new Set(links).size).toBe(links.length);
			for (const href of links) expect(href).toMatch(/^\/glossary\/#/);
		}
	});
});

describe('starting points', () => {
	const pathways = entries('pathways', 'from');
	test.each(entries('backgrounds', 'title'))('$id has a page with every pathway from it', ({ id }) => {
		const hub = page(`/from/${id.replaceAll('_', '-')}/`);
		const from = pathways.filter((pathway) => pathway.value?.includes(`background: ${id}`));
		const links = new Set(linksOf(hub, origin).map((link) => link.url.pathname));
		for (const pathway of from) expect(links).toContain(`/pathways/${pathway.id}/`);
		expect(documentOf(hub).querySelectorAll('.atlas-card')).toHaveLength(from.length);
	});

	test('every move says whether a PhD is expected, and the research roles say it is', () => {
		const cards = entries('backgrounds', 'title').flatMap(({ id }) =>
			documentOf(page(`/from/${id.replaceAll('_', '-')}/`)).querySelectorAll('.atlas-card'),
		);
		const phd = (card: (typeof cards)[number]) =>
			card.querySelectorAll('dt').find((term) => term.text === 'PhD')?.nextElementSibling?.text;
		for (const card of cards) expect(phd(card)).toBeTruthy();
		const researchScientist = cards.find((card) =>
			card.querySelector('h3')?.text.includes('AI Research Scientist'),
		);
		expect(researchScientist && phd(researchScientist)).toMatch(/^Usually expected/);
	});
});
