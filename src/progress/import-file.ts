import { nameAFew, pluralise, quoteExcerpt } from '../lib/format';
import { listInWords } from '../lib/words';
import { findProblems, isRecord } from './json-schema';
import { migrate } from './migrate';
import { MAX_EVIDENCE, PROGRESS_FORMAT, PROGRESS_VERSION } from './model';
import type { Evidence, Progress } from './schema';
import { futureVeto, normalised, schema, unique } from './store';

/**
 * Reading, describing and merging an imported progress file, for the progress page only (so the
 * other pages' scripts stay small). Nothing here touches the browser.
 */

/** An import stops being checked after this many problems: one is enough to refuse it. */
const MAX_PROBLEMS_CHECKED = 100;

/** An import either yields a whole valid document or says, in a sentence, why it was refused. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** A version as a message names it: a number as it is, text quoted briefly, anything else "none". */
function describeVersion(version: unknown): string {
	if (typeof version === 'number') return String(version);
	return typeof version === 'string' ? quoteExcerpt(version) : 'none';
}

/** Refuses a file with a reason; the reader's current progress is never touched by a refusal. */
const refuse = (error: string): ImportResult => ({ ok: false, error });

/**
 * Checks an imported file completely before anything is applied: it must be JSON, an AI Career
 * Atlas progress file, of this version, and valid throughout, with no time later than tomorrow.
 * A partly valid file is refused rather than half-imported; the reason names the first few
 * problems, and checking stops after a bounded number of them.
 */
export function readImport(text: string, now = Date.now()): ImportResult {
	let value: unknown;
	try {
		value = migrate(JSON.parse(text));
	} catch {
		return refuse('This file is not valid JSON, so it is not a progress file from this site.');
	}
	if (!isRecord(value) || value['format'] !== PROGRESS_FORMAT) {
		return refuse('This is not an AI Career Atlas progress file.');
	}
	const version = value['version'];
	if (version !== PROGRESS_VERSION) {
		return refuse(
			typeof version === 'number' && version > PROGRESS_VERSION
				? `This file was exported by a newer version of the site (format ${version}); this page reads format ${PROGRESS_VERSION}. Reload the page and try again.`
				: `This file uses an old or unknown format (${describeVersion(version)}); this page reads format ${PROGRESS_VERSION} only.`,
		);
	}
	const { named, count } = findProblems(schema, value, MAX_PROBLEMS_CHECKED, futureVeto(now));
	if (count > 0) {
		const more = count >= MAX_PROBLEMS_CHECKED ? ' (checking stopped there)' : '';
		return refuse(`This progress file is damaged: ${nameAFew(named, count, '; ')}${more}.`);
	}
	return { ok: true, progress: normalised(value as Progress) };
}

/** The newer of two timestamped values; the first on a tie, so merging is stable. */
const newer = <T extends { updated: number }>(a: T | undefined, b: T | undefined) =>
	a === undefined || (b !== undefined && b.updated > a.updated) ? b : a;

/** The same piece of evidence: recorded for the same item at the same moment. */
const sameEvidence = (a: Evidence, b: Evidence) => a.key === b.key && a.added === b.added;

/**
 * Merges an imported document into the current one: for each step the more recent state wins,
 * the plan keeps its order and gains the imported pathways after it, the newer matrix wins, for
 * each pathway the more recently changed dates win, the evidence log gains the imported pieces it
 * lacks (after its own, so nothing already here moves), and the more recently saved ratings win.
 */
export function merge(current: Progress, incoming: Progress): Progress {
	const entries = { ...current.entries };
	for (const [key, entry] of Object.entries(incoming.entries)) {
		const winner = newer(entries[key], entry);
		if (winner) entries[key] = winner;
	}
	const schedules = { ...current.schedules };
	for (const [id, schedule] of Object.entries(incoming.schedules ?? {})) {
		const winner = newer(schedules[id], schedule);
		if (winner) schedules[id] = winner;
	}
	const evidence = [...(current.evidence ?? [])];
	for (const piece of incoming.evidence ?? []) {
		if (!evidence.some((other) => sameEvidence(other, piece))) evidence.push(piece);
	}
	const matrix = newer(current.worksheets.skillsMatrix, incoming.worksheets.skillsMatrix);
	const ratings = newer(current.ratings, incoming.ratings);
	return {
		...current,
		entries,
		plan: unique([...current.plan, ...incoming.plan]),
		worksheets: matrix ? { ...current.worksheets, skillsMatrix: matrix } : current.worksheets,
		...(Object.keys(schedules).length > 0 && { schedules }),
		...(evidence.length > 0 && { evidence }),
		...(ratings && { ratings }),
	};
}

/**
 * Whether a document's evidence log is over its limit, as a merge can make it; the page refuses
 * such a merge rather than save what an import would later refuse.
 */
export function tooMuchEvidence(progress: Progress): boolean {
	return (progress.evidence?.length ?? 0) > MAX_EVIDENCE;
}

/**
 * What a document holds, in words, for the messages after an export or an import: "5 saved
 * states, 2 pathways in your plan, 1 dated plan and 2 pieces of evidence". Parts with nothing are
 * left out, so the sentence never lists zeros.
 */
export function describeContents(progress: Progress): string {
	const dated = Object.keys(progress.schedules ?? {}).length;
	const pieces = progress.evidence?.length ?? 0;
	const parts = [
		pluralise(Object.keys(progress.entries).length, 'saved state'),
		...(progress.plan.length > 0
			? [`${pluralise(progress.plan.length, 'pathway')} in your plan`]
			: []),
		...(dated > 0 ? [pluralise(dated, 'dated plan')] : []),
		...(pieces > 0 ? [`${pluralise(pieces, 'piece')} of evidence`] : []),
		...(progress.worksheets.skillsMatrix ? ['your skills matrix'] : []),
	];
	return listInWords(parts);
}
