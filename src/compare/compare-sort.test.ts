import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextDirection, sortByKey } from './compare-sort';

const byKey = (item: { key: string }) => item.key;

describe('nextDirection', () => {
	test('sorts ascending first, then flips on each press', () => {
		expect(nextDirection(null)).toBe('ascending');
		expect(nextDirection('ascending')).toBe('descending');
		expect(nextDirection('descending')).toBe('ascending');
	});

	test('treats an unknown aria-sort value as unsorted', () => {
		expect(nextDirection('other')).toBe('ascending');
	});
});

describe('sortByKey', () => {
	test('compares numbers as numbers, not as text', () => {
		const pay = ['150000', '90000', '1000000'].map((key) => ({ key }));
		expect(sortByKey(pay, byKey, 'ascending').map(byKey)).toEqual(['90000', '150000', '1000000']);
		expect(sortByKey(pay, byKey, 'descending').map(byKey)).toEqual(['1000000', '150000', '90000']);
	});

	test('puts a role without a figure (empty key) first ascending and last descending', () => {
		const pay = ['120000', '', '80000'].map((key) => ({ key }));
		expect(sortByKey(pay, byKey, 'ascending').map(byKey)).toEqual(['', '80000', '120000']);
		expect(sortByKey(pay, byKey, 'descending').map(byKey)).toEqual(['120000', '80000', '']);
	});

	test('ignores case and sorts names alphabetically', () => {
		const names = ['ml Engineer', 'AI Product Manager', 'Data Scientist'].map((key) => ({ key }));
		expect(sortByKey(names, byKey, 'ascending').map(byKey)).toEqual([
			'AI Product Manager',
			'Data Scientist',
			'ml Engineer',
		]);
	});

	test('keeps ties in the order given, in both directions', () => {
		const rows = [
			{ id: 'a', key: '1' },
			{ id: 'b', key: '0' },
			{ id: 'c', key: '1' },
			{ id: 'd', key: '0' },
		];
		expect(sortByKey(rows, byKey, 'ascending').map((row) => row.id)).toEqual(['b', 'd', 'a', 'c']);
		expect(sortByKey(rows, byKey, 'descending').map((row) => row.id)).toEqual(['a', 'c', 'b', 'd']);
	});

	test('leaves the rows it is given untouched and returns every one of them', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.boolean(), (keys, up) => {
				const items = keys.map((key, index) => ({ key, index }));
				const before = [...items];
				const sorted = sortByKey(items, byKey, up ? 'ascending' : 'descending');
				expect(items).toEqual(before);
				expect([...sorted].sort((a, b) => a.index - b.index)).toEqual(items);
			}),
		);
	});
});
