import { describe, expect, test } from 'vitest';
import { pairedRatios } from './build';

describe('pairedRatios', () => {
	test('divides each atlas build by the baseline build of the same run, and takes the median', () => {
		expect(pairedRatios([6000, 9000, 6600], [5000, 6000, 6000])).toEqual({
			ratios: [1.2, 1.5, 1.1],
			median: 1.2,
		});
	});

	test('with an even number of runs, the median is the mean of the middle two', () => {
		expect(pairedRatios([10, 30, 20, 40], [10, 10, 10, 10]).median).toBe(2.5);
	});

	test('pairs runs only as far as both lists go, and refuses none', () => {
		expect(pairedRatios([2, 4, 6], [1, 2]).ratios).toEqual([2, 2]);
		expect(() => pairedRatios([], [])).toThrow('No pair of builds');
	});
});
