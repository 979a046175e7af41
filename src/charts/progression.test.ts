import { describe, expect, test } from 'vitest';
import { progressionChart } from './progression';
import { nonFinite } from '../../tests/fixtures/charts';

const rows = [
	{ when: 'Year 0', role: 'Senior ML Engineer', amount: 160_000 },
	{ when: 'Year 1', role: 'Associate AI PM', amount: 155_000 },
	{ when: 'Year 2', role: 'AI Product Manager', amount: 180_000, extra: '15% bonus' },
	{ when: 'Year 3', role: 'Senior AI PM', amount: 220_000, extra: 'equity' },
];

describe('progressionChart', () => {
	const chart = progressionChart(rows, 'USD');

	test('bars start at zero and their lengths are proportional to the amounts', () => {
		const perUnit = (chart.bars[3]?.width ?? 0) / 220_000;
		for (const bar of chart.bars) {
			expect(Math.abs(bar.width - bar.amount * perUnit)).toBeLessThanOrEqual(0.1);
		}
		expect(chart.x + (chart.bars[3]?.width ?? 0)).toBeLessThanOrEqual(chart.width);
	});

	test('every year appears, with its amount in full and what came on top', () => {
		expect(chart.bars.map((bar) => `${bar.when}: ${bar.value}`)).toEqual([
			'Year 0: $160,000',
			'Year 1: $155,000',
			'Year 2: $180,000 + 15% bonus',
			'Year 3: $220,000 + equity',
		]);
	});

	test('has no NaN, even for no rows or only zeros', () => {
		expect(nonFinite(chart)).toEqual([]);
		expect(nonFinite(progressionChart([], 'USD'))).toEqual([]);
		expect(
			nonFinite(progressionChart([{ when: 'Year 0', role: 'Intern', amount: 0 }], 'USD')),
		).toEqual([]);
	});
});
