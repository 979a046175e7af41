import { describe, expect, test } from 'vitest';
import {
	formatEffort,
	formatScore,
	rankFeatures,
	readField,
	type RiceField,
	riceScore,
	scoreFeature,
	type ScoredFeature,
} from './rice';

/** The fields of a feature as typed: 1000 users, impact 2, 80 % confident, 4 person-months. */
const input = (values: Partial<Record<RiceField, string>> = {}) => {
	const typed: Record<RiceField, string> = {
		reach: '1000',
		impact: '2',
		confidence: '80',
		effort: '4',
		labelling: '',
		retraining: '',
		monitoring: '',
		'regulatory-review': '',
		...values,
	};
	return (field: RiceField) => typed[field];
};

describe('riceScore', () => {
	test('is Reach × Impact × Confidence ÷ Effort, confidence as a percentage', () => {
		expect(riceScore(1000, 2, 80, 4)).toBe(400);
		expect(riceScore(500, 0.25, 100, 0.5)).toBe(250);
		expect(riceScore(0, 3, 100, 1)).toBe(0);
	});
});

describe('scoreFeature', () => {
	test('without hidden costs both scores are equal', () => {
		expect(scoreFeature(input())).toEqual({
			before: 400,
			after: 400,
			totalEffort: 4,
		});
	});

	test('adds labelling, retraining, monitoring and regulatory review to effort', () => {
		const scored = scoreFeature(
			input({ labelling: '1', retraining: '0.5', monitoring: '0.5', 'regulatory-review': '2' }),
		);
		expect(scored).toEqual({ before: 400, after: 200, totalEffort: 8 });
	});

	test('lists every bad field, and gives no score', () => {
		const problems = scoreFeature(
			input({ reach: '', impact: '5', confidence: '120', effort: '0', monitoring: '-1' }),
		);
		expect(problems).toEqual([
			{ field: 'reach', message: 'Enter a number.' },
			{ field: 'impact', message: 'Impact runs from 0.25 (low) to 3 (massive).' },
			{ field: 'confidence', message: 'Confidence is a percentage from 0 to 100.' },
			{ field: 'effort', message: 'Effort is in person-months and must be more than 0.' },
			{ field: 'monitoring', message: 'A hidden cost is in person-months and cannot be negative.' },
		]);
	});

	test('numbers too large to score are flagged instead of giving Infinity', () => {
		expect(scoreFeature(input({ reach: '1e308', effort: '0.000001' }))).toEqual([
			{ field: 'reach', message: 'These numbers are too large to score.' },
		]);
		expect(scoreFeature(input({ labelling: '1e308', retraining: '1e308' }))).toEqual([
			{ field: 'reach', message: 'These numbers are too large to score.' },
		]);
	});

	test('never returns NaN, whatever is typed', () => {
		const junk = [
			'',
			' ',
			'abc',
			'NaN',
			'Infinity',
			'-Infinity',
			'1/2',
			'0x10',
			'1,5',
			'--1',
			'e5',
			'.',
		];
		for (const text of junk) {
			for (const field of ['reach', 'impact', 'confidence', 'effort', 'labelling'] as const) {
				const scored = scoreFeature(input({ [field]: text }));
				if (!Array.isArray(scored)) {
					expect(Number.isFinite(scored.before) && Number.isFinite(scored.after)).toBe(true);
				}
			}
		}
	});
});

describe('negative zero', () => {
	test('"-0" reads as zero and every score and effort shows as "0", never "-0"', () => {
		expect(Object.is(readField('reach', '-0'), 0)).toBe(true);
		expect(Object.is(readField('labelling', '-0.0'), 0)).toBe(true);
		const scored = scoreFeature(input({ reach: '-0', labelling: '-0' }));
		if (Array.isArray(scored)) throw new Error('a reach of -0 is a valid zero');
		expect(formatScore(scored.before)).toBe('0');
		expect(formatScore(scored.after)).toBe('0');
		expect(formatEffort(scored.totalEffort)).toBe('4 person-months');
	});
});

describe('readField', () => {
	test('reads decimals and bounds', () => {
		expect(readField('impact', '0.25')).toBe(0.25);
		expect(readField('impact', ' 3 ')).toBe(3);
		expect(readField('impact', '.5')).toBe(0.5);
		expect(readField('confidence', '0')).toBe(0);
		expect(readField('reach', '1e3')).toBe(1000);
		expect(readField('impact', '0.2')).toEqual({
			field: 'impact',
			message: 'Impact runs from 0.25 (low) to 3 (massive).',
		});
		expect(readField('reach', 'lots')).toEqual({
			field: 'reach',
			message: 'Enter a number, such as 2 or 0.5.',
		});
	});

	test('an empty hidden cost is zero; an empty required field is a problem', () => {
		expect(readField('retraining', '')).toBe(0);
		expect(readField('effort', '')).toEqual({ field: 'effort', message: 'Enter a number.' });
	});
});

describe('rankFeatures', () => {
	const feature = (before: number, after: number): ScoredFeature => ({
		before,
		after,
		totalEffort: 1,
	});

	test('ranks by the score with hidden costs and keeps the rank without them', () => {
		const ranked = rankFeatures([
			{ index: 0, feature: feature(400, 100) },
			{ index: 1, feature: feature(300, 300) },
			{ index: 2, feature: feature(200, 150) },
		]);
		expect(ranked.map((r) => [r.index, r.rankBefore, r.rankAfter])).toEqual([
			[1, 2, 1],
			[2, 3, 2],
			[0, 1, 3],
		]);
	});

	test('equal scores share a rank and keep form order', () => {
		const ranked = rankFeatures([
			{ index: 0, feature: feature(10, 10) },
			{ index: 1, feature: feature(20, 20) },
			{ index: 2, feature: feature(10, 10) },
		]);
		expect(ranked.map((r) => [r.index, r.rankAfter])).toEqual([
			[1, 1],
			[0, 2],
			[2, 2],
		]);
	});
});

describe('formatScore', () => {
	test('whole numbers from 10, two decimals below', () => {
		expect(formatScore(12345.6)).toBe('12,346');
		expect(formatScore(2.345)).toBe('2.35');
		expect(formatScore(0)).toBe('0');
		expect(formatScore(-0)).toBe('0');
	});
});

describe('formatEffort', () => {
	test('one person-month, otherwise person-months', () => {
		expect(formatEffort(1)).toBe('1 person-month');
		expect(formatEffort(8.5)).toBe('8.5 person-months');
	});
});
