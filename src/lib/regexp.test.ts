import { expect, test } from 'vitest';
import { escapeRegExp, wholeWords } from './regexp';

test('escapeRegExp makes any text match itself', () => {
	const text = 'A/B (test) [1+1] $5.00 ^x* a|b \\';
	expect(new RegExp(escapeRegExp(text)).exec(`before ${text} after`)?.[0]).toBe(text);
});

test('wholeWords matches only whole words, in any script', () => {
	expect(wholeWords('RAG', 'u').test('RAG, then more')).toBe(true);
	expect(wholeWords('RAG', 'u').test('FRAGMENT')).toBe(false);
	expect(wholeWords('pay', 'iu').test('paye')).toBe(false);
	expect(wholeWords('café', 'iu').test('un café.')).toBe(true);
	expect(wholeWords('a|b', 'u').test('xa b')).toBe(true);
});
