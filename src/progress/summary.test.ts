import { describe, expect, test } from 'vitest';
import { describeTally, finished, isStarted, tally } from './summary';
import { fullProgress } from '../../tests/fixtures/progress';

const { entries } = fullProgress();
const steps = ['swe-to-mle/take-a-course', 'swe-to-mle/build-a-project', 'swe-to-mle/ship-it'];

describe('tally', () => {
	test('counts each state over the steps the page knows', () => {
		expect(tally(entries, steps)).toEqual({ total: 3, done: 1, inProgress: 1, skipped: 0 });
	});

	test('ignores saved steps that are no longer in the content', () => {
		expect(entries['swe-to-mle/old-removed-step']?.state).toBe('skipped');
		expect(tally(entries, steps).skipped).toBe(0);
	});

	test('counts a key listed twice once', () => {
		expect(tally(entries, [...steps, steps[0] ?? '']).total).toBe(3);
	});

	test('a pathway with nothing saved is not started', () => {
		const counts = tally(entries, ['other/step']);
		expect(isStarted(counts)).toBe(false);
		expect(isStarted(tally(entries, steps))).toBe(true);
	});
});

describe('finished and describeTally', () => {
	test('skipped steps count as finished', () => {
		expect(finished({ total: 5, done: 2, inProgress: 1, skipped: 1 })).toBe(3);
	});

	test('says what is done, leaving out zero parts', () => {
		expect(describeTally({ total: 8, done: 3, inProgress: 2, skipped: 1 })).toBe(
			'3 of 8 steps done, 1 skipped, 2 in progress',
		);
		expect(describeTally({ total: 1, done: 0, inProgress: 0, skipped: 0 })).toBe(
			'0 of 1 step done',
		);
	});
});
