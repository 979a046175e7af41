import { describe, expect, test } from 'vitest';
import {
	type NamedTerm,
	findTerm,
	sameName,
	firstUses,
	isLinkableName,
	namePattern,
	normaliseName,
	termMatchers,
} from './terms';

const term = (id: string, name: string, aliases: string[] = []): NamedTerm => ({
	id,
	data: { term: name, aliases },
});

const terms = [
	term('rag', 'RAG', ['retrieval-augmented generation']),
	term('feature-store', 'Feature store', ['feature stores']),
	term('feature-engineering', 'Feature engineering', ['features', 'feature']),
	term('foundation-model', 'Foundation model', ['foundation models']),
	term('in-context-learning', 'In-context learning', ['prompting']),
	term('ice', 'ICE', ['ICE score']),
	term('container', 'Container', ['Docker']),
	term('ab-test', 'A/B test', ['split test']),
];

describe('normaliseName and findTerm', () => {
	test('a mark finds its term whatever the case, note in brackets or closing punctuation', () => {
		expect(normaliseName('In-context learning (prompting).')).toBe('in context learning');
		expect(findTerm([term('hub', 'Hub-and-spoke')], 'hub and spoke')?.id).toBe('hub');
		expect(findTerm(terms, 'In-context learning (prompting).')?.id).toBe('in-context-learning');
		expect(findTerm(terms, 'rag')?.id).toBe('rag');
		expect(findTerm(terms, 'Retrieval-augmented generation')?.id).toBe('rag');
	});

	test('a plural mark finds the singular term', () => {
		expect(findTerm([term('transformer', 'Transformer')], 'transformers')?.id).toBe('transformer');
		expect(findTerm([term('foundation-model', 'Foundation model')], 'foundation models')?.id).toBe(
			'foundation-model',
		);
	});

	test('a mark that names no term finds nothing', () => {
		expect(findTerm(terms, 'quantum annealing')).toBeUndefined();
	});
});

describe('which names link', () => {
	test('the term always, aliases of several words or with capitals, not single common words', () => {
		expect(isLinkableName('Evaluation', true)).toBe(true);
		expect(isLinkableName('vector store', false)).toBe(true);
		expect(isLinkableName('Docker', false)).toBe(true);
		expect(isLinkableName('features', false)).toBe(false);
		expect(isLinkableName('search', false)).toBe(false);
	});

	test('a name in capitals matches only in capitals; others in any case, plural too', () => {
		expect(namePattern('ICE').test('the ICE score')).toBe(true);
		expect(namePattern('ICE').test('ice cream')).toBe(false);
		expect(namePattern('Feature store').test('two feature stores')).toBe(true);
		expect(namePattern('LLM').test('open LLMs')).toBe(true);
		expect(namePattern('RAG').test('FRAGMENT')).toBe(false);
		expect(namePattern('A/B test').test('run an A/B test.')).toBe(true);
	});
});

describe('firstUses', () => {
	const matchers = termMatchers(terms);

	test('finds each term once, in order, the longer name winning where two start together', () => {
		const used = new Set<string>();
		const text = 'A feature store serves features; RAG needs a feature store and RAG again.';
		const found = firstUses(text, matchers, used);
		expect(found.map(({ id, start, end }) => [id, text.slice(start, end)])).toEqual([
			['feature-store', 'feature store'],
			['rag', 'RAG'],
		]);
		expect(used).toEqual(new Set(['feature-store', 'rag']));
	});

	test('skips the terms already used earlier on the page', () => {
		const used = new Set(['rag']);
		expect(firstUses('RAG with Docker', matchers, used).map((match) => match.id)).toEqual([
			'container',
		]);
	});

	test('finds a term later in the text when its first appearance overlaps another term', () => {
		const overlapping = termMatchers([
			term('feature-store', 'Feature store'),
			term('store', 'Store'),
		]);
		const text = 'A feature store, then a store.';
		const found = firstUses(text, overlapping, new Set());
		expect(found.map(({ id, start, end }) => [id, text.slice(start, end)])).toEqual([
			['feature-store', 'feature store'],
			['store', 'store'],
		]);
		expect(found[1]?.start).toBe(text.lastIndexOf('store'));
	});
});

describe('sameName', () => {
	test('matches across case, closing punctuation and plurals, and nothing else', () => {
		expect(sameName('Feature stores', 'feature store')).toBe(true);
		expect(sameName('LLM', 'LLMs')).toBe(true);
		expect(sameName('RAG.', 'rag')).toBe(true);
		expect(sameName('feature store', 'feature engineering')).toBe(false);
	});
});
