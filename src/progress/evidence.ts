import { type Day, parseDay } from './calendar-date';
import { evidenceSchema, invalidFields } from './form-check';
import { MAX_EVIDENCE } from './model';
import type { Evidence, Progress } from './schema';

/**
 * Recording evidence: what a reader made for a step or an exercise (a note, a link, a date),
 * checked field by field against the saved-data schema before it is saved. The log itself, on
 * the progress page, is `evidence-groups.ts`.
 */

/** What the evidence form holds, as the fields give it. */
export interface EvidenceInput {
	note: string;
	link: string;
	date: string;
}

/** A typed address as a browser would open it (`https://example.org/`), or as typed. */
function address(text: string): string | undefined {
	if (text === '') return undefined;
	try {
		return new URL(text).href;
	} catch {
		return text;
	}
}

/**
 * The evidence form read and checked against the saved-data schema, with the form's own rule
 * that evidence is dated no later than `today`: the piece it describes, and the fields that are
 * wrong (`note`, `link`, `date`). `full` says the log has no room for it (`count` pieces so far).
 */
export function readEvidence(
	input: EvidenceInput,
	today: Day,
	count: number,
): { piece: Pick<Evidence, 'note' | 'link' | 'date'>; invalid: string[]; full: boolean } {
	const link = address(input.link.trim());
	const piece = { note: input.note.trim(), ...(link !== undefined && { link }), date: input.date };
	const invalid = invalidFields(evidenceSchema, piece, ['note', 'link', 'date']);
	if (!invalid.includes('date') && (parseDay(input.date) ?? 0) > today) invalid.push('date');
	return { piece, invalid, full: count >= MAX_EVIDENCE };
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

/** How many pieces of evidence the reader recorded for one step or exercise. */
export function evidenceCount(progress: Progress, key: string): number {
	return (progress.evidence ?? []).filter((piece) => piece.key === key).length;
}
