import { describe, expect, test } from 'vitest';
import type { PagefindApi, PagefindHit, PagefindResult, PagefindSearchOptions } from './results';
import { glossaryAnswer, searchAsAsked } from './reader-search';

const result = (url: string, data: Partial<PagefindResult> = {}): PagefindResult => ({
	url,
	excerpt: '',
	content: '',
	meta: { title: url },
	sub_results: [],
	...data,
});
const hit = (id: string, score: number, data = result(`/${id}/`)): PagefindHit => ({
	id,
	score,
	data: async () => data,
});

const glossary = result('/glossary/', {
	meta: { title: 'Glossary', type: 'Glossary' },
	anchors: [
		{ element: 'h1', id: '_top', text: 'Glossary', location: 0 },
		{ element: 'h3', id: 'feature-engineering', text: 'Feature engineering', location: 3 },
		{ element: 'h3', id: 'llm', text: 'LLM', location: 9 },
		{ element: 'p', id: 'llm--names', text: 'large language model; LLMs', location: 10 },
	],
	sub_results: [
		{
			title: 'LLM',
			url: '/glossary/#llm',
			excerpt: '<mark>LLM</mark>. A model.',
			anchor: { element: 'h3', id: 'llm' },
		},
	],
});

describe('glossaryAnswer', () => {
	test('answers with the entry whose heading or other names are the term, linking to it', () => {
		expect(glossaryAnswer(glossary, 'LLMs')).toMatchObject({
			url: '/glossary/#llm',
			excerpt: '<mark>LLM</mark>. A model.',
			meta: { title: 'LLM', type: 'Glossary' },
		});
		expect(glossaryAnswer(glossary, 'large language models')?.url).toBe('/glossary/#llm');
		expect(glossaryAnswer(glossary, 'feature engineering')?.url).toBe(
			'/glossary/#feature-engineering',
		);
	});

	test('gives no answer for a term the glossary only mentions, or for the page title', () => {
		expect(glossaryAnswer(glossary, 'feature')).toBeUndefined();
		expect(glossaryAnswer(glossary, 'glossary')).toBeUndefined();
	});
});

describe('searchAsAsked', () => {
	/** A fake Pagefind that finds pages by the words searched and records every search. */
	function fakeApi(byWords: Record<string, PagefindHit[]>) {
		const calls: [string | null, PagefindSearchOptions | undefined][] = [];
		const api: Pick<PagefindApi, 'search'> = {
			search: async (term, options) => {
				calls.push([term, options]);
				const key = `${term ?? ''}${options?.filters?.['type'] ? ` [${options.filters['type'].any.join()}]` : ''}`;
				return { results: byWords[key] ?? [] };
			},
		};
		return { api, calls };
	}

	test('searches for the words that carry the meaning, in the site’s words', async () => {
		const { api, calls } = fakeApi({ 'pay data scientist': [hit('role', 4), hit('faq', 1)] });
		const hits = await searchAsAsked(api, 'How much does a data scientist earn?', {}, 'Glossary');
		expect(hits.map((found) => found.id)).toEqual(['role', 'faq']);
		expect(calls.map(([term]) => term)).toEqual(['pay data scientist']);
	});

	test('puts the glossary entry first for "what is", without the glossary page again', async () => {
		const { api } = fakeApi({
			LLMs: [hit('role', 3), hit('glossary-page', 2, glossary)],
			'LLMs [Glossary]': [hit('glossary-page', 2, glossary)],
		});
		const hits = await searchAsAsked(api, 'what are LLMs?', {}, 'Glossary');
		expect(hits.map((found) => found.id)).toEqual(['glossary-page#answer', 'role']);
		expect((await hits[0]?.data())?.url).toBe('/glossary/#llm');
	});

	test('asks the glossary only when the kind of page filter allows it', async () => {
		const { api, calls } = fakeApi({ 'LLM [Role]': [hit('role', 3)] });
		const roles = { type: { any: ['Role'] } };
		expect(
			(await searchAsAsked(api, 'what is an LLM', roles, 'Glossary')).map((h) => h.id),
		).toEqual(['role']);
		expect(calls).toHaveLength(1);
	});

	test('with no words, lists what the filters allow', async () => {
		const { api, calls } = fakeApi({ ' [Exercise]': [hit('exercise', 1)] });
		const filters = { type: { any: ['Exercise'] } };
		expect((await searchAsAsked(api, '', filters, 'Glossary')).map((h) => h.id)).toEqual([
			'exercise',
		]);
		expect(calls).toEqual([[null, { filters }]]);
	});
});
