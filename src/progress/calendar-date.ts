import { DATE_PATTERN } from './model';

/**
 * Calendar dates for dated plans. A stage runs from one day to another wherever the reader is, so
 * a date is a whole number of days since 1 January 1970, never an instant: adding weeks never
 * meets a time zone or a clock change, and the day a stage ends is the same in every browser.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const datePattern = new RegExp(DATE_PATTERN);

/** The day `YYYY-MM-DD` names, if it is a real date in the range saved data allows. */
export function parseDay(text: string): Day | undefined {
	if (!datePattern.test(text)) return undefined;
	const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** A day as `YYYY-MM-DD`, the form saved data, date fields and file names use. */
export function isoDay(day: Day): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The reader's calendar day at an instant (`Date.now()`, a saved `updated` time), in the time
 * zone their browser is in: a step ticked at 23:30 in Auckland was done that day there.
 */
export function localDay(instant: number): Day {
	const date = new Date(instant);
	return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY;
}

const long = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
});

/** "7 September 2026": a day as readers see it, whatever their time zone. */
export function formatDay(day: Day): string {
	return long.format(day * MS_PER_DAY);
}

/** "7 September 2026 to 6 December 2026", or one date when both are the same day. */
export function formatSpan(start: Day, end: Day): string {
	return start === end ? formatDay(start) : `${formatDay(start)} to ${formatDay(end)}`;
}
