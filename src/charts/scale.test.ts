import { describe, expect, test } from 'vitest';
import { linearScale, niceDomain, niceStep, ticks, wrapList, wrapText } from './scale';

describe('linearScale', () => {
	test('maps the ends of the domain to the ends of the range', () => {
		const x = linearScale([100, 500], [20, 420]);
		expect(x(100)).toBe(20);
		expect(x(500)).toBe(420);
		expect(x(300)).toBe(220);
	});

	test('maps an empty domain to the start of the range instead of NaN', () => {
		expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
	});
});

describe('niceStep, niceDomain and ticks', () => {
	test('choose round steps that hold every value', () => {
		expect(niceStep(400_000)).toBe(100_000);
		expect(niceStep(70)).toBe(20);
		expect(niceDomain([120_000, 480_000], 100_000)).toEqual([100_000, 500_000]);
		expect(ticks([100_000, 300_000], 100_000)).toEqual([100_000, 200_000, 300_000]);
	});

	test('never return an empty domain or a zero step', () => {
		expect(niceStep(0)).toBe(1);
		expect(niceDomain([200_000, 200_000], 100_000)).toEqual([200_000, 300_000]);
	});
});

describe('wrapText', () => {
	test('breaks at spaces within the limit and keeps long words whole', () => {
		expect(wrapText('Forward Deployed Engineer', 18)).toEqual(['Forward Deployed', 'Engineer']);
		expect(wrapText('Internationalisation team', 10)).toEqual(['Internationalisation', 'team']);
		expect(wrapText('  ', 10)).toEqual([]);
	});
});

describe('wrapList', () => {
	test('breaks only between items', () => {
		expect(wrapList(['Training pipelines', 'Feature stores', 'Serving', 'Monitoring'], 40)).toEqual(
			['Training pipelines · Feature stores', 'Serving · Monitoring'],
		);
		expect(wrapList([], 10)).toEqual([]);
	});
});
