import { describe, expect, test } from 'vitest';
import {
	describeCompensationBasis,
	formatAmount,
	formatAmountInFull,
	formatCompensationRange,
	formatDuration,
	isolate,
	nameAFew,
	pluralise,
	quoteExcerpt,
	quotedParts,
	sumDurations,
} from './format';

describe('formatCompensationRange', () => {
	const pay = {
		min: 200000,
		max: 500000,
		currency: 'USD',
		year: 2026,
		source: 'seed',
		openEnded: true,
		basis: 'total' as const,
	};

	test('prints ranges the way the sources do', () => {
		expect(formatCompensationRange(pay)).toBe('$200K–$500K+');
		expect(formatCompensationRange({ ...pay, openEnded: false, min: 150000, max: 350000 })).toBe(
			'$150K–$350K',
		);
	});

	test('names what a range covers only where its source says', () => {
		expect(describeCompensationBasis(pay)).toBe('total compensation, 2026');
		expect(describeCompensationBasis({ ...pay, basis: 'base' })).toBe('base salary, 2026');
		expect(describeCompensationBasis({ ...pay, basis: 'unstated' })).toBe('2026');
	});

	test('keeps amounts that are not whole thousands exact', () => {
		expect(formatAmount(155500, 'USD')).toBe('$155,500');
		expect(formatAmount(90000, 'EUR')).toBe('EUR 90K');
	});
});

describe('durations', () => {
	test('formats single figures and ranges', () => {
		expect(formatDuration({ min: 1, max: 1, unit: 'months' })).toBe('1 month');
		expect(formatDuration({ min: 3, max: 8, unit: 'months' })).toBe('3–8 months');
		expect(formatDuration({ min: 2, max: 2, unit: 'hours' })).toBe('2 hours');
	});

	test('pluralises counts', () => {
		expect(pluralise(1, 'stage')).toBe('1 stage');
		expect(pluralise(4, 'stage')).toBe('4 stages');
	});

	test('sums stages into a total and keeps the weakest basis', () => {
		expect(
			sumDurations([
				{ min: 2, max: 2, unit: 'months', basis: 'source' },
				{ min: 6, max: 6, unit: 'months', basis: 'source' },
			]),
		).toEqual({ min: 8, max: 8, unit: 'months', basis: 'source' });
		expect(
			sumDurations([
				{ min: 1, max: 2, unit: 'weeks', basis: 'source' },
				{ min: 3, max: 4, unit: 'weeks', basis: 'estimate' },
			]),
		).toEqual({ min: 4, max: 6, unit: 'weeks', basis: 'estimate' });
		expect(sumDurations([])).toBeUndefined();
	});
});

describe('formatAmountInFull', () => {
	test("prints every digit, as the sources print one person's pay", () => {
		expect(formatAmountInFull(155000, 'USD')).toBe('$155,000');
		expect(formatAmountInFull(90000, 'EUR')).toBe('EUR 90,000');
	});
});

describe('quoteExcerpt', () => {
	test('quotes short text whole, isolated from the sentence around it', () => {
		expect(quoteExcerpt('ml-engineer')).toBe('“\u2068ml-engineer\u2069”');
		expect(isolate('abc')).toBe('\u2068abc\u2069');
	});

	test('cuts long text to thirty characters, counting emoji as one', () => {
		expect(quoteExcerpt('x'.repeat(31))).toBe(`“\u2068${'x'.repeat(30)}…\u2069”`);
		expect(quoteExcerpt('🙂'.repeat(40))).toBe(`“\u2068${'🙂'.repeat(30)}…\u2069”`);
		expect(quoteExcerpt('🙂'.repeat(30))).toBe(`“\u2068${'🙂'.repeat(30)}\u2069”`);
	});

	test('shows control characters and direction marks as "?"', () => {
		expect(quoteExcerpt('a\u202Eb\u0000c\u2069')).toBe('“\u2068a?b?c?\u2069”');
	});

	test('costs the same for megabytes as for a line', () => {
		expect(quoteExcerpt('y'.repeat(4_000_000))).toBe(`“\u2068${'y'.repeat(30)}…\u2069”`);
	});
});

describe('nameAFew', () => {
	test('names up to three and counts the rest', () => {
		expect(nameAFew([])).toBe('');
		expect(nameAFew(['a', 'b'])).toBe('a, b');
		expect(nameAFew(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
		expect(nameAFew(['a', 'b', 'c'], 500, '; ')).toBe('a; b; c and 497 more');
	});
});

describe('quotedParts', () => {
	test('cuts text at its paired double quotes, straight or curly', () => {
		expect(quotedParts('25% fewer "how do I find X?" tickets and “more” use')).toEqual([
			{ text: '25% fewer ', quoted: false },
			{ text: 'how do I find X?', quoted: true },
			{ text: ' tickets and ', quoted: false },
			{ text: 'more', quoted: true },
			{ text: ' use', quoted: false },
		]);
	});

	test('leaves text without a pair of quotes whole', () => {
		expect(quotedParts('a 6" screen')).toEqual([{ text: 'a 6" screen', quoted: false }]);
		expect(quotedParts('')).toEqual([]);
	});
});
