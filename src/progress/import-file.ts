import { nameAFew, pluralise, quoteExcerpt } from '../lib/format';
import { listInWords } from '../lib/words';
import { findProblems, isRecord } from './json-schema';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from './model';
import type { Progress } from './schema';
import { futureVeto, normalised, schema, unique } from './store';

/**
 * Reading and merging an imported progress file, for the progress page only (so the other
 * pages' scripts stay small). Nothing here touches the browser.
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
		value = JSON.parse(text);
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

/**
 * Merges an imported document into the current one: for each step the more recent state wins,
 * the plan keeps its order and gains the imported pathways after it, and the newer matrix wins.
 */
export function merge(current: Progress, incoming: Progress): Progress {
	const entries = { ...current.entries };
	for (const [key, entry] of Object.entries(incoming.entries)) {
		const winner = newer(entries[key], entry);
		if (winner) entries[key] = winner;
	}
	const matrix = newer(current.worksheets.skillsMatrix, incoming.worksheets.skillsMatrix);
	return {
		...current,
		entries,
		plan: unique([...current.plan, ...incoming.plan]),
		worksheets: matrix ? { ...current.worksheets, skillsMatrix: matrix } : current.worksheets,
	};
}

/**
 * What a document holds, in words, for the messages after an export or an import: "5 saved
 * states, 2 pathways in your plan and your skills matrix". Parts with nothing are left out, so
 * the sentence never lists zeros.
 */
export function describeContents(progress: Progress): string {
	const parts = [
		pluralise(Object.keys(progress.entries).length, 'saved state'),
		...(progress.plan.length > 0
			? [`${pluralise(progress.plan.length, 'pathway')} in your plan`]
			: []),
		...(progress.worksheets.skillsMatrix ? ['your skills matrix'] : []),
	];
	return listInWords(parts);
}
