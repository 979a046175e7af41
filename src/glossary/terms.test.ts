import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	type NamedTerm,
	findTerm,
	sameName,
	firstUses,
	isLinkableName,
	findName,
	namePattern,
	normaliseName,
	type TermMatch,
	termMatchers,
	termNames,
} from './terms';
import { wholeWords } from '../lib/regexp';

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
		const finds = (name: string, text: string) => findName(namePattern(name), text) !== undefined;
		expect(finds('ICE', 'the ICE score')).toBe(true);
		expect(finds('ICE', 'ice cream')).toBe(false);
		expect(finds('Feature store', 'two feature stores')).toBe(true);
		expect(finds('LLM', 'open LLMs')).toBe(true);
		expect(finds('RAG', 'FRAGMENT')).toBe(false);
		expect(finds('RAG', 'ÜRAG or 𝐀RAG')).toBe(false);
		expect(finds('RAG', 'FRAGMENT, then RAG')).toBe(true);
		expect(finds('A/B test', 'run an A/B test.')).toBe(true);
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

	test('finds names in any case, spacing and plural, and in capitals only where they are written so', () => {
		const text = 'IN-CONTEXT  learning beats Feature\nStores; ice is not ICE.';
		const found = firstUses(text, matchers, new Set());
		expect(found.map(({ id, start, end }) => [id, text.slice(start, end)])).toEqual([
			['in-context-learning', 'IN-CONTEXT  learning'],
			['feature-store', 'Feature\nStores'],
			['ice', 'ICE'],
		]);
	});

	test('finds what trying every name at every point would find', () => {
		/**
		 * The plain search that `firstUses` must agree with: every unused name as one pattern with
		 * its whole-word test inside it, tried afresh at each point.
		 */
		const wholeWordPatterns = (all: readonly NamedTerm[]) =>
			all.map((each) => ({
				id: each.id,
				patterns: termNames(each)
					.filter((name, index) => isLinkableName(name, index === 0))
					.map((name) => {
						const { source, flags } = namePattern(name);
						return wholeWords(source, flags);
					}),
			}));
		const everyName = (
			text: string,
			named: ReturnType<typeof wholeWordPatterns>,
			used: Set<string>,
			from = 0,
		): TermMatch[] => {
			const found = named
				.filter(({ id }) => !used.has(id))
				.flatMap(({ id, patterns }) =>
					patterns.flatMap((pattern) => {
						pattern.lastIndex = from;
						const match = pattern.exec(text);
						return match ? [{ id, start: match.index, end: match.index + match[0].length }] : [];
					}),
				);
			// Earliest first, the longer of two that start together; a stable sort keeps term order.
			const [best] = found.sort((a, b) => a.start - b.start || b.end - a.end);
			if (!best) return [];
			used.add(best.id);
			return [best, ...everyName(text, named, used, best.end)];
		};
		// "Store" alone is a term too, so names overlap ("feature store" holds "store").
		const overlapping = [...terms, term('store', 'Store')];
		const withStore = termMatchers(overlapping);
		const pieces = [
			'RAG',
			'rag',
			'Feature',
			'feature',
			'store',
			'stores',
			'engineering',
			'ICE',
			'ice',
		];
		const words = fc.constantFrom(
			...pieces,
			'score',
			'In-context',
			'FRAGMENT',
			'Ü',
			'learning',
			'Docker',
			'the',
			',',
		);
		const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', '  ', '\n', '-', '')), {
			maxLength: 24,
		});
		fc.assert(
			fc.property(texts, fc.subarray(terms.map(({ id }) => id)), (parts, usedIds) => {
				const text = parts.flat().join('');
				expect(firstUses(text, withStore, new Set(usedIds))).toEqual(
					everyName(text, wholeWordPatterns(overlapping), new Set(usedIds)),
				);
			}),
		);
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
