import { describe, expect, test } from 'vitest';
import type { ContentPage } from '../atlas/content-pages';
import { indexedPages, llmsTxt } from './llms-txt';

const page = (section: string, path: string, title: string, summary: string): ContentPage => ({
	kind: 'role',
	section,
	path,
	title,
	summary,
	file: undefined,
});

const summary = {
	title: 'AI Career Atlas',
	description: 'Find your AI role.',
	site: new URL('https://atlas.example'),
};
const pages = [
	page('Roles', '/roles/ml-engineer/', 'ML Engineer', 'Ships models.'),
	page('Guides', '/guides/about/', 'About', 'Where the content comes from.'),
	page('Roles', '/roles/data-scientist/', 'Data Scientist', 'Finds insight.'),
];

describe('llmsTxt', () => {
	const text = llmsTxt(summary, pages);

	test('opens with the site title and its summary as a blockquote', () => {
		expect(text.startsWith('# AI Career Atlas\n\n> Find your AI role.\n')).toBe(true);
	});

	test('lists every page under its section, with its absolute address and summary', () => {
		expect(text).toContain(
			'## Roles\n\n- [ML Engineer](https://atlas.example/roles/ml-engineer/): Ships models.\n- [Data Scientist](https://atlas.example/roles/data-scientist/): Finds insight.\n',
		);
		expect(text).toContain(
			'## Guides\n\n- [About](https://atlas.example/guides/about/): Where the content comes from.\n',
		);
		expect(text.indexOf('## Roles')).toBeLessThan(text.indexOf('## Guides'));
	});

	test('links the full text as optional reading', () => {
		expect(text).toContain('## Optional\n\n- [Full text](https://atlas.example/llms-full.txt)');
	});
});

describe('indexedPages', () => {
	test('reads back every listed page in order, without the link to the full text', () => {
		expect(
			indexedPages(llmsTxt(summary, pages)).map(({ title, url }) => [title, url.pathname]),
		).toEqual([
			['ML Engineer', '/roles/ml-engineer/'],
			['Data Scientist', '/roles/data-scientist/'],
			['About', '/guides/about/'],
		]);
	});
});
