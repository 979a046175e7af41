import { afterEach, describe, expect, test } from 'vitest';
import { formatDay, formatSpan, isoDay, localDay, parseDay } from './calendar-date';
import {
	datedStages,
	describePace,
	describeStage,
	estimatedWeeks,
	FULL_TIME_HOURS,
	PART_TIME_HOURS,
	type PlanStage,
} from './schedule';
import type { Schedule } from './schema';

/** Time zones far apart, with and without daylight saving, one changing its clocks at midnight. */
const ZONES = [
	'UTC',
	'Europe/London',
	'America/New_York',
	'America/Havana',
	'Pacific/Auckland',
	'Pacific/Kiritimati',
	'Pacific/Pago_Pago',
];
const originalZone = process.env['TZ'];
afterEach(() => {
	process.env['TZ'] = originalZone;
});

/** Runs `check` once in each time zone; Node applies a change to `TZ` at once. */
function inEveryZone(check: (zone: string) => void): void {
	for (const zone of ZONES) {
		process.env['TZ'] = zone;
		check(zone);
	}
}

const day = (text: string) => parseDay(text) ?? Number.NaN;
const iso = (stages: { start: number; end: number }[]) =>
	stages.map(({ start, end }) => `${isoDay(start)}..${isoDay(end)}`);

describe('calendar dates', () => {
	test('parse only real dates in range, and print back the same', () => {
		expect(isoDay(day('2026-03-29'))).toBe('2026-03-29');
		expect(isoDay(day('2028-02-29'))).toBe('2028-02-29');
		expect(isoDay(day('2000-02-29'))).toBe('2000-02-29');
		for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '1999-12-31', '2100-01-01', '']) {
			expect(parseDay(bad), bad).toBeUndefined();
		}
	});

	test('adding days crosses clock changes, month ends and leap days in every time zone', () => {
		inEveryZone((zone) => {
			expect(isoDay(day('2026-03-28') + 1), zone).toBe('2026-03-29');
			expect(isoDay(day('2026-03-29') + 1), zone).toBe('2026-03-30');
			expect(isoDay(day('2026-10-24') + 7), zone).toBe('2026-10-31');
			expect(isoDay(day('2028-02-28') + 1), zone).toBe('2028-02-29');
			expect(isoDay(day('2026-12-31') + 1), zone).toBe('2027-01-01');
			expect(formatDay(day('2026-09-07')), zone).toBe('7 September 2026');
		});
	});

	test('an instant falls on the reader’s own calendar day', () => {
		const lateInLondon = Date.UTC(2026, 2, 28, 23, 30);
		const expected: Record<string, string> = {
			UTC: '2026-03-28',
			'Europe/London': '2026-03-28',
			'America/New_York': '2026-03-28',
			'America/Havana': '2026-03-28',
			'Pacific/Auckland': '2026-03-29',
			'Pacific/Kiritimati': '2026-03-29',
			'Pacific/Pago_Pago': '2026-03-28',
		};
		inEveryZone((zone) => expect(isoDay(localDay(lateInLondon)), zone).toBe(expected[zone]));
		process.env['TZ'] = 'Europe/London';
		expect(isoDay(localDay(Date.UTC(2026, 2, 29, 0, 30)))).toBe('2026-03-29');
		expect(isoDay(localDay(Date.UTC(2026, 2, 29, 23, 30)))).toBe('2026-03-30');
	});

	test('a span names both ends, or one day', () => {
		expect(formatSpan(day('2026-09-07'), day('2026-12-06'))).toBe(
			'7 September 2026 to 6 December 2026',
		);
		expect(formatSpan(day('2026-09-07'), day('2026-09-07'))).toBe('7 September 2026');
	});
});

describe('stage lengths at a pace', () => {
	test.each([
		[{ min: 2, max: 4, unit: 'months' as const }, PART_TIME_HOURS, 13],
		[{ min: 2, max: 4, unit: 'months' as const }, 20, 7],
		[{ min: 2, max: 4, unit: 'months' as const }, FULL_TIME_HOURS, 3],
		[{ min: 2, max: 4, unit: 'months' as const }, 5, 26],
		[{ min: 3, max: 6, unit: 'weeks' as const }, PART_TIME_HOURS, 5],
		[{ min: 3, max: 6, unit: 'weeks' as const }, 80, 1],
		[{ min: 1, max: 1, unit: 'weeks' as const }, 80, 1],
		[{ min: 20, max: 40, unit: 'hours' as const }, PART_TIME_HOURS, 3],
		[{ min: 1, max: 2, unit: 'hours' as const }, FULL_TIME_HOURS, 1],
		[{ min: 12, max: 24, unit: 'months' as const }, 1, 780],
	])('%o at %i hours a week takes %i weeks', (duration, hours, weeks) => {
		expect(estimatedWeeks(duration, hours)).toBe(weeks);
	});

	test('the pace is named, with part time and full time called so', () => {
		expect(describePace(PART_TIME_HOURS)).toBe('part time, 10 hours a week');
		expect(describePace(FULL_TIME_HOURS)).toBe('full time, 40 hours a week');
		expect(describePace(1)).toBe('1 hour a week');
		expect(describePace(15)).toBe('15 hours a week');
	});
});

const stages: PlanStage[] = [
	{ id: 'foundations', duration: { min: 2, max: 4, unit: 'months' }, keys: ['p/a', 'p/b'] },
	{ id: 'practice', duration: { min: 3, max: 6, unit: 'weeks' }, keys: ['p/c'] },
	{ id: 'move', duration: { min: 1, max: 1, unit: 'months' }, keys: ['p/d'] },
];
const schedule = (changes: Partial<Schedule> = {}): Schedule => ({
	start: '2026-03-23',
	hoursPerWeek: PART_TIME_HOURS,
	weeks: {},
	updated: 1,
	...changes,
});

describe('dated stages', () => {
	test('follow each other day after day, the same in every time zone', () => {
		inEveryZone((zone) => {
			const dated = datedStages(stages, schedule(), {});
			expect(iso(dated), zone).toEqual([
				'2026-03-23..2026-06-21',
				'2026-06-22..2026-07-26',
				'2026-07-27..2026-08-23',
			]);
			expect(dated.map((stage) => stage.weeks)).toEqual([13, 5, 4]);
		});
	});

	test('scale with the pace, and keep a length the reader set', () => {
		const fast = datedStages(stages, schedule({ hoursPerWeek: 20, weeks: { practice: 10 } }), {});
		expect(iso(fast)).toEqual([
			'2026-03-23..2026-05-10',
			'2026-05-11..2026-07-19',
			'2026-07-20..2026-08-02',
		]);
		expect(fast.map((stage) => stage.set)).toEqual([false, true, false]);
	});

	test('a finished stage ends the day it was finished and moves the rest', () => {
		process.env['TZ'] = 'Pacific/Auckland';
		const entries = {
			'p/a': { state: 'done' as const, updated: Date.UTC(2026, 3, 1, 12) },
			// 20 April, 11:30 in Auckland: still 19 April in UTC.
			'p/b': { state: 'skipped' as const, updated: Date.UTC(2026, 3, 19, 23, 30) },
		};
		const dated = datedStages(stages, schedule(), entries);
		expect(iso(dated)).toEqual([
			'2026-03-23..2026-04-20',
			'2026-04-21..2026-05-25',
			'2026-05-26..2026-06-22',
		]);
		expect(dated[0]?.finished).toBe(true);
		process.env['TZ'] = 'UTC';
		expect(iso(datedStages(stages, schedule(), entries))[0]).toBe('2026-03-23..2026-04-19');
	});

	test('a late finish moves the rest later; a stage in progress does not count as finished', () => {
		const late = { state: 'done' as const, updated: Date.UTC(2026, 8, 1, 12) };
		const dated = datedStages(stages, schedule(), { 'p/a': late, 'p/b': late });
		expect(iso(dated)[1]).toBe('2026-09-02..2026-10-06');
		const going = datedStages(stages, schedule(), {
			'p/a': late,
			'p/b': { state: 'in-progress', updated: 1 },
		});
		expect(going[0]?.finished).toBe(false);
		expect(iso(going)[0]).toBe('2026-03-23..2026-06-21');
	});

	test('are described in words: dates, length, whether the reader set it, or finished', () => {
		const [first, second] = datedStages(stages, schedule({ weeks: { practice: 1 } }), {
			'p/a': { state: 'done', updated: Date.UTC(2026, 3, 1, 12) },
			'p/b': { state: 'done', updated: Date.UTC(2026, 3, 2, 12) },
		});
		expect(first && describeStage(first)).toBe('finished, 23 March 2026 to 2 April 2026');
		expect(second && describeStage(second)).toBe(
			'3 April 2026 to 9 April 2026 (1 week, your length)',
		);
		const [unset] = datedStages(stages, schedule(), {});
		expect(unset && describeStage(unset)).toBe('23 March 2026 to 21 June 2026 (13 weeks)');
	});

	test('a stage finished before its dates takes its first day only', () => {
		const early = { state: 'skipped' as const, updated: Date.UTC(2026, 0, 5, 12) };
		const dated = datedStages(stages, schedule(), { 'p/a': early, 'p/b': early });
		expect(iso(dated).slice(0, 2)).toEqual(['2026-03-23..2026-03-23', '2026-03-24..2026-04-27']);
	});
});
