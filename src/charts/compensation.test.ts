import { describe, expect, test } from 'vitest';
import type { Compensation } from '../schemas/compensation';
import { type PayEntry, payScale, rangeChart } from './compensation';
import { linearScale } from './scale';
import { nonFinite } from '../../tests/fixtures/charts';

const pay = (min: number, max: number, extra: Partial<Compensation> = {}): Compensation => ({
	min,
	max,
	currency: 'USD',
	year: 2026,
	basis: 'total',
	openEnded: false,
	source: 'seed',
	...extra,
});

const roles: PayEntry[] = [
	{
		id: 'research-scientist',
		title: 'Research Scientist',
		compensation: pay(200_000, 500_000, { openEnded: true }),
	},
	{ id: 'ml-engineer', title: 'ML Engineer', compensation: pay(150_000, 350_000) },
	{
		id: 'fde',
		title: 'Forward Deployed Engineer',
		compensation: pay(140_000, 250_000, { basis: 'base' }),
	},
	{ id: 'prompt-engineer', title: 'Prompt Engineer', compensation: pay(100_000, 200_000) },
	{ id: 'navigator', title: 'AI Landscape Navigator' },
	{
		id: 'euro-role',
		title: 'A role paid in euros',
		compensation: pay(90_000, 120_000, { currency: 'EUR' }),
	},
];

describe('payScale', () => {
	test('spans every range in the most common currency, in round steps', () => {
		expect(payScale(roles)).toEqual({ domain: [100_000, 500_000], step: 100_000, currency: 'USD' });
	});

	test('is undefined when no role has a figure', () => {
		expect(payScale([{ id: 'a', title: 'A' }])).toBeUndefined();
	});
});

describe('rangeChart', () => {
	const scale = payScale(roles);
	if (!scale) throw new Error('the test roles have figures');
	const chart = rangeChart(roles, scale);
	const x = linearScale(scale.domain, [chart.ticks[0]?.x ?? 0, chart.ticks.at(-1)?.x ?? 0]);

	test("a bar's extent equals its min and max on the scale", () => {
		for (const bar of chart.bars) {
			// Coordinates are rounded to a tenth of a user unit, so each end may be off by that much.
			expect(Math.abs(bar.x - x(bar.pay.min))).toBeLessThanOrEqual(0.1);
			expect(Math.abs(bar.x + bar.width - x(bar.pay.max))).toBeLessThanOrEqual(0.1);
		}
	});

	test('every role appears, as a bar or as a role without a figure on this axis', () => {
		const drawn = chart.bars.map((bar) => bar.id);
		expect(drawn).toEqual(['research-scientist', 'ml-engineer', 'fde', 'prompt-engineer']);
		expect(chart.missing.map((entry) => entry.id)).toEqual(['navigator', 'euro-role']);
	});

	test('labels say what the sources say: open-ended tops and base-only ranges', () => {
		const labels = chart.bars.map((bar) => bar.label);
		expect(labels).toEqual(['$200K–$500K+', '$150K–$350K', '$140K–$250K base', '$100K–$200K']);
		expect(chart.ticks.map((tick) => tick.label)).toEqual([
			'$100K',
			'$200K',
			'$300K',
			'$400K',
			'$500K',
		]);
		expect(chart.years).toEqual([2026]);
	});

	test('bars sit in rows that do not overlap, inside the chart', () => {
		chart.bars.slice(1).forEach((bar, index) => {
			expect(bar.labelY).toBeGreaterThan((chart.bars[index]?.barY ?? 0) + chart.barHeight);
		});
		for (const bar of chart.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
		}
		expect(chart.tickLabelY).toBeLessThanOrEqual(chart.height);
	});

	test('has no NaN, even for one role whose range is a single amount', () => {
		expect(nonFinite(chart)).toEqual([]);
		const single = [{ id: 'a', title: 'A', compensation: pay(150_000, 150_000) }];
		const singleScale = payScale(single);
		expect(singleScale && nonFinite(rangeChart(single, singleScale))).toEqual([]);
	});

	test("a role's own chart uses the scale of all roles", () => {
		const own = rangeChart(roles.slice(1, 2), scale);
		expect(own.bars).toHaveLength(1);
		expect(own.bars[0]?.x).toBe(chart.bars[1]?.x);
		expect(own.bars[0]?.width).toBe(chart.bars[1]?.width);
	});

	test('a compact chart of another width keeps each bar on the scale, below the axis top', () => {
		const own = rangeChart(roles.slice(1, 2), scale, { width: 320, compact: true });
		const ownX = linearScale(scale.domain, [own.ticks[0]?.x ?? 0, own.ticks.at(-1)?.x ?? 0]);
		const bar = own.bars[0];
		expect(own.width).toBe(320);
		expect(Math.abs((bar?.x ?? 0) - ownX(150_000))).toBeLessThanOrEqual(0.1);
		expect(Math.abs((bar?.x ?? 0) + (bar?.width ?? 0) - ownX(350_000))).toBeLessThanOrEqual(0.1);
		expect(bar?.barY).toBeGreaterThan(own.plotTop);
		expect((bar?.barY ?? 0) + own.barHeight).toBeLessThan(own.plotBottom);
		expect(own.ticks.at(-1)?.x).toBeLessThanOrEqual(320);
		expect(nonFinite(own)).toEqual([]);
	});
});
