import { describe, expect, test } from 'vitest';
import { definedTerm, readQuery } from './question';

describe('definedTerm', () => {
	test('finds what a "what is" question asks about, without its article or question mark', () => {
		expect(definedTerm('what is a feature store')).toBe('feature store');
		expect(definedTerm('What is RAG?')).toBe('RAG');
		expect(definedTerm('what’s an LLM')).toBe('LLM');
		expect(definedTerm('What are foundation models?')).toBe('foundation models');
		expect(definedTerm('define LoRA')).toBe('LoRA');
		expect(definedTerm('what does RLHF stand for')).toBe('RLHF');
		expect(definedTerm('MLOps meaning')).toBe('MLOps');
	});

	test('finds nothing in other questions and searches', () => {
		expect(definedTerm('what does an AI role pay')).toBeUndefined();
		expect(definedTerm('feature store')).toBeUndefined();
		expect(definedTerm('how long to become an ML engineer')).toBeUndefined();
		expect(definedTerm('what is')).toBeUndefined();
	});
});

describe('readQuery', () => {
	test('leaves a plain search as it is', () => {
		expect(readQuery('feature store')).toEqual({ words: 'feature store' });
		expect(readQuery('A/B test')).toEqual({ words: 'A/B test' });
	});

	test('drops question words, so they are neither required nor highlighted', () => {
		expect(readQuery('do I need a PhD for AI research?')).toEqual({
			words: 'need PhD AI research',
		});
	});

	test('keeps stop words when they are all there is', () => {
		expect(readQuery('what')).toEqual({ words: 'what' });
	});

	test('searches for the site’s word where readers use another: salary, compensation, how much', () => {
		expect(readQuery('data scientist salary').words).toBe('data scientist pay');
		expect(readQuery('ML engineer compensation').words).toBe('ML engineer pay');
		expect(readQuery('how much does a data scientist earn?').words).toBe('pay data scientist');
		expect(readQuery('how much do data scientists make').words).toBe('pay data scientists');
	});

	test('reads "how long" as the time a move takes', () => {
		expect(readQuery('how long to become an ML engineer').words).toBe('long ML engineer');
	});

	test('asks the glossary about a "what is" question, and searches for its subject', () => {
		expect(readQuery('What is a feature store?')).toEqual({
			words: 'feature store',
			defines: 'feature store',
		});
	});
});
