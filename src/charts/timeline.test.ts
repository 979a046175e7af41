import { describe, expect, test } from 'vitest';
import { timeline } from './timeline';
import { nonFinite } from '../../tests/fixtures/charts';

const eras = [
	{ id: 'llm', period: '2022 to now', start: 2022, label: 'The LLM era' },
	{
		id: 'academic',
		period: '1950s–1970s',
		start: 1950,
		label: 'AI is an academic field: symbolic reasoning, search and early neural networks',
	},
	{
		id: 'expert-systems',
		period: '1980s',
		start: 1980,
		label: 'Expert systems create the Knowledge Engineer',
	},
];

describe('timeline', () => {
	const chart = timeline(eras);

	test('has a stop for every era, oldest first whatever the order given', () => {
		expect(chart.items.map((item) => item.id)).toEqual(['academic', 'expert-systems', 'llm']);
	});

	test('stops go down the page without overlapping, inside the chart', () => {
		chart.items.slice(1).forEach((item, index) => {
			const previous = chart.items[index];
			const lastLine = (previous?.labelY ?? 0) + ((previous?.lines.length ?? 1) - 1) * 19;
			expect(item.periodY).toBeGreaterThan(lastLine);
		});
		const last = chart.items.at(-1);
		expect((last?.labelY ?? 0) + ((last?.lines.length ?? 1) - 1) * 19).toBeLessThanOrEqual(
			chart.height,
		);
	});

	test('wraps long labels and has no NaN', () => {
		expect(chart.items[0]?.lines.length).toBe(2);
		expect(nonFinite(chart)).toEqual([]);
		expect(timeline([]).height).toBe(0);
	});
});
