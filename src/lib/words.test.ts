import { describe, expect, test } from 'vitest';
import { capitalise, listInWords } from './words';

describe('listInWords', () => {
	test('joins items with commas and a last “and” or “or”, with no serial comma', () => {
		expect(listInWords([])).toBe('');
		expect(listInWords(['Research'])).toBe('Research');
		expect(listInWords(['Research', 'Data'])).toBe('Research and Data');
		expect(listInWords(['A', 'B', 'C'], 'or')).toBe('A, B or C');
	});
});

describe('capitalise', () => {
	test('capitalises the first letter only', () => {
		expect(capitalise('your background, Software engineering')).toBe(
			'Your background, Software engineering',
		);
		expect(capitalise('')).toBe('');
	});
});
