import { type Day, isoDay } from './calendar-date';

/**
 * A dated plan as an iCalendar file (RFC 5545) that calendar apps import: one all-day event per
 * stage, naming the pathway and the stage's steps with a link back to the stage. Each event's UID
 * is the pathway and stage ids, so importing a later export updates the events rather than
 * adding copies, and its SEQUENCE grows with the plan's last change, so the newer dates win.
 */

/** A stage as its event shows it. */
export interface CalendarStage {
	id: string;
	title: string;
	steps: readonly string[];
	start: Day;
	/** The last day (inclusive); the event's DTEND is the day after, as the RFC has it. */
	end: Day;
}

/** The pathway the events belong to. */
export interface CalendarPathway {
	id: string;
	title: string;
	/** The pathway page's path, such as `/pathways/<id>/`. */
	href: string;
}

/** TEXT as RFC 5545 escapes it (section 3.3.11): backslash, semicolon, comma and newlines. */
function text(value: string): string {
	return value.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (section 3.1), never inside a character: each following
 * line starts with a space.
 */
function fold(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		if (octets + size > 75) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	return [...lines, current].join('\r\n');
}

/** A day as an iCalendar DATE: `20260907`. */
const date = (day: Day) => isoDay(day).replaceAll('-', '');

/**
 * The calendar file. `origin` is the site's address (`https://…`), for the links back and the
 * UIDs; `revised` is when the plan last changed (milliseconds), stamped on every event.
 */
export function calendarFile(
	pathway: CalendarPathway,
	stages: readonly CalendarStage[],
	origin: string,
	revised: number,
): string {
	const host = new URL(origin).host;
	const stamp = new Date(revised).toISOString().replace(/[-:]|\.\d+/g, '');
	const events = stages.flatMap((stage) => {
		const link = new URL(`${pathway.href}#stage-${stage.id}`, origin).href;
		const description = [
			`${pathway.title}: ${stage.title}`,
			...stage.steps.map((step) => `- ${step}`),
			`Dates from your pace and our planning estimates. ${link}`,
		].join('\n');
		return [
			'BEGIN:VEVENT',
			`UID:${pathway.id}.${stage.id}@${host}`,
			`DTSTAMP:${stamp}`,
			`SEQUENCE:${Math.floor(revised / 60_000)}`,
			`DTSTART;VALUE=DATE:${date(stage.start)}`,
			`DTEND;VALUE=DATE:${date(stage.end + 1)}`,
			`SUMMARY:${text(`${stage.title} (${pathway.title})`)}`,
			`DESCRIPTION:${text(description)}`,
			`URL:${link}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		];
	});
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//AI Career Atlas//Dated plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...events,
		'END:VCALENDAR',
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
