import { describe, expect, test } from 'vitest';
import { readSchedule, type ScheduleInput, withoutSchedule, withSchedule } from './schedule-form';
import { readImport } from './import-file';
import { emptyProgress, serialise } from './store';

describe('the dates form', () => {
	const input = (changes: Partial<ScheduleInput> = {}): ScheduleInput => ({
		start: '2026-03-23',
		hoursPerWeek: '10',
		weeks: { foundations: '', practice: ' 6 ' },
		...changes,
	});

	test('gives a schedule that saved data and imports accept', () => {
		const { schedule, invalid } = readSchedule(input());
		expect(invalid).toEqual([]);
		expect(schedule).toEqual({ start: '2026-03-23', hoursPerWeek: 10, weeks: { practice: 6 } });
		const saved = withSchedule(emptyProgress(), 'p', schedule, 5);
		expect(readImport(serialise(saved))).toEqual({ ok: true, progress: saved });
		expect(withoutSchedule(saved, 'p').schedules).toEqual({});
	});

	test.each([
		['an empty start date', { start: '' }, ['start']],
		['a start date in 1999', { start: '1999-12-31' }, ['start']],
		['a start date in 2100', { start: '2100-01-01' }, ['start']],
		['30 February', { start: '2026-02-30' }, ['start']],
		['a start date far in the future', { start: '+275760-09-13' }, ['start']],
		['a pace of zero', { hoursPerWeek: '0' }, ['hoursPerWeek']],
		['a pace of a million hours', { hoursPerWeek: '1000000' }, ['hoursPerWeek']],
		['a pace of 1e6', { hoursPerWeek: '1e6' }, ['hoursPerWeek']],
		['a pace of 7.5 hours', { hoursPerWeek: '7.5' }, ['hoursPerWeek']],
		['no pace', { hoursPerWeek: ' ' }, ['hoursPerWeek']],
		['a pace in words', { hoursPerWeek: 'ten' }, ['hoursPerWeek']],
		['a stage of zero weeks', { weeks: { practice: '0' } }, ['weeks-practice']],
		['a stage of 261 weeks', { weeks: { practice: '261' } }, ['weeks-practice']],
		['a stage length in words', { weeks: { practice: 'ten' } }, ['weeks-practice']],
		[
			'everything wrong at once',
			{ start: '', hoursPerWeek: '0', weeks: { a: '-1', b: '2' } },
			['start', 'hoursPerWeek', 'weeks-a'],
		],
	])('refuses %s, naming the field', (_, changes, fields) => {
		expect(readSchedule(input(changes)).invalid).toEqual(fields);
	});
});
