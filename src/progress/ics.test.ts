import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { parseDay } from './calendar-date';
import { calendarFile, type CalendarStage } from './ics';

/** Every check reads the file back with ical.js, a maintained RFC 5545 parser (Thunderbird's). */
const day = (text: string) => parseDay(text) ?? Number.NaN;
const pathway = {
	id: 'software-engineer-to-ml-engineer',
	title: 'Software Engineer → ML Engineer',
	href: '/pathways/software-engineer-to-ml-engineer/',
};
const stages: CalendarStage[] = [
	{
		id: 'foundations',
		title: 'Learn the fundamentals; then, with luck, more',
		steps: ['Take a structured ML course', 'Learn the production ML stack, layer by layer'],
		start: day('2026-03-23'),
		end: day('2026-06-21'),
	},
	{
		id: 'practice',
		title: 'Build in public — a long title that needs folding across lines: ünïcödé 🙂 included',
		steps: ['Ship one ML project end to end \\ with a backslash'],
		start: day('2026-06-22'),
		end: day('2026-06-22'),
	},
];
const ORIGIN = 'https://atlas.example';
const REVISED = Date.UTC(2026, 2, 20, 9, 30, 15);

/** The file's events, parsed. */
function events(file: string): ICAL.Event[] {
	const calendar = new ICAL.Component(ICAL.parse(file));
	return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('the calendar file', () => {
	const file = calendarFile(pathway, stages, ORIGIN, REVISED);

	test('is an iCalendar 2.0 file with one all-day event per stage', () => {
		const calendar = new ICAL.Component(ICAL.parse(file));
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
		const [first, second] = events(file);
		expect(first?.startDate.isDate).toBe(true);
		expect(first?.startDate.toString()).toBe('2026-03-23');
		expect(first?.endDate.toString()).toBe('2026-06-22');
		expect(second?.startDate.toString()).toBe('2026-06-22');
		expect(second?.endDate.toString()).toBe('2026-06-23');
		expect(events(file)).toHaveLength(2);
	});

	test('names the stage, the pathway and the steps, punctuation and all, with a link back', () => {
		const [first, second] = events(file);
		expect(first?.summary).toBe(
			'Learn the fundamentals; then, with luck, more (Software Engineer → ML Engineer)',
		);
		expect(second?.summary).toBe(`${stages[1]?.title} (${pathway.title})`);
		expect(first?.description).toBe(
			[
				'Software Engineer → ML Engineer: Learn the fundamentals; then, with luck, more',
				'- Take a structured ML course',
				'- Learn the production ML stack, layer by layer',
				'Dates from your pace and our planning estimates. https://atlas.example/pathways/software-engineer-to-ml-engineer/#stage-foundations',
			].join('\n'),
		);
		expect(second?.description).toContain('- Ship one ML project end to end \\ with a backslash');
		expect(first?.component.getFirstPropertyValue('url')).toBe(
			'https://atlas.example/pathways/software-engineer-to-ml-engineer/#stage-foundations',
		);
	});

	test('has stable UIDs, so a later export updates the same events with a higher sequence', () => {
		const later = calendarFile(
			pathway,
			stages.map((stage) => ({ ...stage, start: stage.start + 7, end: stage.end + 7 })),
			ORIGIN,
			REVISED + 3_600_000,
		);
		const uids = events(file).map((event) => event.uid);
		expect(uids).toEqual([
			'software-engineer-to-ml-engineer.foundations@atlas.example',
			'software-engineer-to-ml-engineer.practice@atlas.example',
		]);
		expect(events(later).map((event) => event.uid)).toEqual(uids);
		const [before, after] = [events(file)[0], events(later)[0]];
		expect(after?.sequence ?? 0).toBeGreaterThan(before?.sequence ?? 0);
		expect(before?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
			'2026-03-20T09:30:15Z',
		);
	});

	test('ends every line in CRLF and folds none longer than 75 octets', () => {
		expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = file.split('\r\n');
		expect(lines.some((line) => line.includes('\n'))).toBe(false);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
	});

	test('escapes text as the RFC says, which lenient parsers would forgive', () => {
		const unfolded = file.replaceAll('\r\n ', '').split('\r\n');
		expect(unfolded).toContain(
			'SUMMARY:Learn the fundamentals\\; then\\, with luck\\, more (Software Engineer → ML Engineer)',
		);
		expect(
			unfolded.find((line) => line.startsWith('DESCRIPTION:') && line.includes('Ship')),
		).toMatch(/\\nDates from your pace/);
		expect(unfolded.join('\n')).toContain('end to end \\\\ with a backslash');
	});

	test('is the same text for the same plan', () => {
		expect(calendarFile(pathway, stages, ORIGIN, REVISED)).toBe(file);
	});
});
