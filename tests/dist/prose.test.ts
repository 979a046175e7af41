import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, dist } from './built-site';

/**
 * The site's voice on the built pages and in the text assistants read. Each content page
 * attributes its facts once, in its Sources box, so its prose never narrates where they came
 * from ("the sources say", "the documents", "the seed"); only the About page, which explains the
 * documents, talks about them. Figures keep their own captions (a pay range names its source and
 * year), so the box and figures are left out. And no reader page shows the words of the
 * implementation: the role finder's reference and the About page explain the scoring in plain
 * words.
 */
const pages = builtPages();
const cases = pages.map((page) => [page.path, page] as const);

/** Parts of `<main>` that are not prose: the Sources box, figures, scripts and styles. */
const NOT_PROSE = ['.atlas-sources', 'figure', 'script', 'style'];

/** The words a reader reads in a page's `<main>`, without what {@link NOT_PROSE} lists. */
function prose(page: BuiltPage): string {
	const main = parse(page.html, { comment: false }).querySelector('main');
	if (!main) return '';
	for (const element of main.querySelectorAll(NOT_PROSE.join(', '))) element.remove();
	// Every tag becomes a space, so text in neighbouring cells or blocks never runs together.
	return parse(main.toString().replace(/</g, ' <')).textContent.replace(/\s+/g, ' ');
}

/** Words that narrate the material instead of speaking to the reader. */
const NARRATION = /\bthe (?:sources?|seeds?|documents)\b/gi;

/** The one page whose subject is the documents the site is written from. */
const ABOUT = '/guides/about/';

/** Every phrase of {@link NARRATION} in a text. */
const narration = (text: string) => text.match(NARRATION) ?? [];

/** Names from the code and the seed material that mean nothing to a reader. */
const IMPLEMENTATION_WORDS = [
	/recommend_roles/i,
	/\bthe original recommender\b/i,
	/\bquick match reproduces\b/i,
	/\bcontent collections?\b/i,
];

describe('the prose of every page', () => {
	test('the check reads prose and leaves the Sources box and figures out', () => {
		const about = pages.find((page) => page.path === '/guides/about/');
		expect(about, 'the About page is built').toBeDefined();
		if (!about) return;
		expect(prose(about).length).toBeGreaterThan(1000);
		expect(parse(about.html).querySelectorAll('main .atlas-sources')).toHaveLength(1);
		expect(prose(about)).not.toContain('Written in our own words from');
	});

	test.each(cases)('%s does not narrate its sources', (path, page) => {
		if (path === ABOUT) return;
		expect(narration(prose(page))).toEqual([]);
	});

	test.each(cases)('%s uses no implementation words', (_, page) => {
		const text = prose(page);
		expect(IMPLEMENTATION_WORDS.filter((word) => word.test(text)).map(String)).toEqual([]);
	});
});

/**
 * The index for assistants and each page of the full text, by the address its section gives,
 * without the Sources sections, which name the documents by design.
 */
function llmsSections(): [string, string][] {
	const index = readFileSync(join(dist, 'llms.txt'), 'utf8');
	const full = readFileSync(join(dist, 'llms-full.txt'), 'utf8');
	const pages = full.split(/^---$/m).map((section): [string, string] => {
		const address = /^https?:\/\/\S+/m.exec(section)?.[0];
		const where = address ? `llms-full.txt ${new URL(address).pathname}` : 'llms-full.txt preamble';
		return [where, section.replace(/^## Sources$[\s\S]*?(?=^## |(?![\s\S]))/m, '')];
	});
	return [['llms.txt', index], ...pages];
}

describe('the text for assistants', () => {
	const sections = llmsSections();

	test('splits the full text into its pages and leaves the Sources sections out', () => {
		const about = sections.find(([where]) => where === `llms-full.txt ${ABOUT}`);
		expect(about, 'the About page is in the full text').toBeDefined();
		expect(sections.length).toBeGreaterThan(50);
		expect(sections.some(([, text]) => text.includes('Written in our own words from'))).toBe(false);
	});

	test.each(sections)('%s does not narrate its sources', (where, text) => {
		if (where === `llms-full.txt ${ABOUT}`) return;
		expect(narration(text)).toEqual([]);
	});
});
