import { type Day, formatDay, parseDay } from './calendar-date';
import { DATE_RANGE, LINK_PATTERN, MAX_EVIDENCE, MAX_LINK, MAX_NOTE } from './model';
import type { Evidence, Progress } from './schema';

/**
 * The evidence log: what a reader made for a step or an exercise (a note, a link, a date), checked
 * field by field before it is saved, the same way saved data and imports are checked.
 */

/** What the evidence form holds, as the fields give it. */
export interface EvidenceInput {
	note: string;
	link: string;
	date: string;
}

/** The fields of the evidence form. */
export type EvidenceField = keyof EvidenceInput;

/** The form checked: the piece to save, or a message for each field that is wrong. */
export type EvidenceCheck =
	| { ok: true; piece: Pick<Evidence, 'note' | 'link' | 'date'> }
	| { ok: false; errors: Partial<Record<EvidenceField, string>> };

const linkPattern = new RegExp(LINK_PATTERN);

/** A typed address as saved (`https://example.org/`), or undefined if it is not a web address. */
function webAddress(text: string): string | undefined {
	try {
		const { href, protocol } = new URL(text);
		return (protocol === 'https:' || protocol === 'http:') && linkPattern.test(href)
			? href
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Checks the evidence form: a note that is not blank and not too long, an optional `http(s):`
 * link, and a real date no later than `today`; and room in the log (`count` pieces so far).
 */
export function checkEvidence(input: EvidenceInput, today: Day, count: number): EvidenceCheck {
	const errors: Partial<Record<EvidenceField, string>> = {};
	const note = input.note.trim();
	const length = [...note].length;
	if (note === '') errors.note = 'Say in a few words what you made.';
	else if (length > MAX_NOTE)
		errors.note = `Keep the note to ${MAX_NOTE} characters; this one has ${length}.`;
	else if (count >= MAX_EVIDENCE)
		errors.note = `Your evidence log is full (${MAX_EVIDENCE} pieces); remove one to add another.`;
	const typed = input.link.trim();
	const link = typed === '' ? undefined : webAddress(typed);
	if (typed !== '' && link === undefined)
		errors.link = 'Enter a web address that starts with https:// or http://, or leave it empty.';
	else if (link !== undefined && link.length > MAX_LINK)
		errors.link = `Keep the address to ${MAX_LINK} characters, or leave it empty.`;
	const day = parseDay(input.date);
	const first = parseDay(DATE_RANGE.first) ?? 0;
	if (day === undefined || day > today)
		errors.date = `Choose a date from ${formatDay(first)} to today.`;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, piece: { note, ...(link && { link }), date: input.date } };
}

/** The pieces of evidence for one step or exercise, oldest first. */
export function evidenceFor(progress: Progress, key: string): Evidence[] {
	return sortedEvidence((progress.evidence ?? []).filter((piece) => piece.key === key));
}

/** Evidence by date, then by when it was recorded. */
export function sortedEvidence(evidence: readonly Evidence[]): Evidence[] {
	return [...evidence].sort((a, b) => a.date.localeCompare(b.date) || a.added - b.added);
}

/**
 * Adds a piece of evidence for a step or an exercise. `now` identifies it; a piece already
 * recorded for the same item at the same millisecond moves it on by one, so each stays unique.
 */
export function withEvidence(
	progress: Progress,
	key: string,
	piece: Pick<Evidence, 'note' | 'link' | 'date'>,
	now: number,
): Progress {
	const evidence = progress.evidence ?? [];
	let added = now;
	while (evidence.some((other) => other.key === key && other.added === added)) added += 1;
	return { ...progress, evidence: [...evidence, { key, ...piece, added }] };
}

/** Removes one piece of evidence. */
export function withoutEvidence(progress: Progress, key: string, added: number): Progress {
	const evidence = (progress.evidence ?? []).filter(
		(piece) => piece.key !== key || piece.added !== added,
	);
	return { ...progress, evidence };
}
