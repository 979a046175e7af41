import { pluralise } from '../lib/format';
import { findProblem, isRecord, type JsonSchema } from './json-schema';
import { migrate } from './migrate';
import { PROGRESS_FORMAT, PROGRESS_VERSION, type ProgressState } from './model';
import { salvageParts } from './plan-parts';
import generated from './progress.schema.json';
import type {
	Evidence,
	MatrixRow,
	Progress,
	ProgressEntry,
	Ratings,
	Schedule,
	SkillsMatrix,
} from './schema';

/**
 * The progress store's pure half: reading, checking, merging and writing the saved-data document.
 * Nothing here touches the browser, so every rule is tested in vitest; the islands wrap it in
 * `src/progress/storage.ts`.
 */

const schema: JsonSchema = generated;
const parts = generated.properties;

/** A check built from one part of the generated schema, narrowing to that part's type. */
const conformsTo =
	<T>(part: JsonSchema) =>
	(value: unknown): value is T =>
		findProblem(part, value) === undefined;

const isProgress = conformsTo<Progress>(schema);
const isKey = conformsTo<string>(parts.entries.propertyNames);
const isEntry = conformsTo<ProgressEntry>(parts.entries.additionalProperties);
const isPlanId = conformsTo<string>(parts.plan.items);
const isMatrix = conformsTo<SkillsMatrix>(parts.worksheets.properties.skillsMatrix);
const partChecks = {
	isId: isPlanId,
	isSchedule: conformsTo<Schedule>(parts.schedules.additionalProperties),
	isEvidence: conformsTo<Evidence>(parts.evidence.items),
	isRatings: conformsTo<Ratings>(parts.ratings),
};

/** A document with nothing saved yet. */
export function emptyProgress(): Progress {
	return {
		format: PROGRESS_FORMAT,
		version: PROGRESS_VERSION,
		entries: {},
		plan: [],
		worksheets: {},
	};
}

/** What was read from localStorage: usable progress, and what was wrong with the raw data. */
export interface SavedProgress {
	progress: Progress;
	/** Set when the saved data could not be read whole; the valid entries are kept. */
	problem: string | undefined;
}

/** Ids in first-seen order, each once. */
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The same document with its plan free of repeats. */
function normalised(progress: Progress): Progress {
	return { ...progress, plan: unique(progress.plan) };
}

/**
 * Keeps every part of a damaged document that is still valid on its own: each entry with a good
 * key and state, each plan id, the matrix if it is whole. Anything else is dropped.
 */
export function salvage(value: unknown): Progress {
	const progress = emptyProgress();
	if (!isRecord(value)) return progress;
	const { entries, plan, worksheets } = value;
	if (isRecord(entries)) {
		for (const [key, entry] of Object.entries(entries)) {
			if (isKey(key) && isEntry(entry)) progress.entries[key] = entry;
		}
	}
	if (Array.isArray(plan)) progress.plan = unique(plan.filter(isPlanId));
	if (isRecord(worksheets) && isMatrix(worksheets['skillsMatrix'])) {
		progress.worksheets.skillsMatrix = worksheets['skillsMatrix'];
	}
	return { ...progress, ...salvageParts(value, partChecks) };
}

/** How many entries a salvaged document kept, in words, for the notice that offers a reset. */
function kept(progress: Progress): string {
	const count = Object.keys(progress.entries).length;
	return `${pluralise(count, 'saved state was', 'saved states were')} kept`;
}

/**
 * Reads the raw localStorage value. Never throws: missing data is an empty document; corrupted,
 * foreign or other-version data is salvaged, with a problem the page shows beside a reset button.
 */
export function readSaved(raw: string | null): SavedProgress {
	if (raw === null) return { progress: emptyProgress(), problem: undefined };
	let value: unknown;
	try {
		value = migrate(JSON.parse(raw));
	} catch {
		return {
			progress: emptyProgress(),
			problem: 'Your saved progress is not readable (it is not valid JSON); nothing could be kept.',
		};
	}
	if (isProgress(value)) return { progress: normalised(value), problem: undefined };
	const progress = salvage(value);
	const why = findProblem(schema, value) ?? '';
	return {
		progress,
		problem: `Part of your saved progress could not be read (${why}); ${kept(progress)}.`,
	};
}

/** An import either yields a whole valid document or says, in a sentence, why it was refused. */
export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** Refuses a file with a reason; the reader's current progress is never touched by a refusal. */
const refuse = (error: string): ImportResult => ({ ok: false, error });

/**
 * Checks an imported file completely before anything is applied: it must be JSON, an AI Career
 * Atlas progress file, of this version, and valid throughout. A partly valid file is refused
 * rather than half-imported.
 */
export function readImport(text: string): ImportResult {
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
				: `This file uses an old or unknown format (${JSON.stringify(version) ?? 'none'}); this page reads format ${PROGRESS_VERSION} only.`,
		);
	}
	if (!isProgress(value)) {
		return refuse(`This progress file is damaged: ${findProblem(schema, value) ?? ''}.`);
	}
	return { ok: true, progress: normalised(value) };
}

/**
 * The document as stored and exported: entries sorted by key so files diff cleanly, and the same
 * document always gives the same text (an export imported and exported again is identical).
 */
export function serialise(progress: Progress): string {
	const entries = Object.fromEntries(
		Object.entries(progress.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
	);
	return `${JSON.stringify({ ...progress, entries }, null, '\t')}\n`;
}

/** The newer of two timestamped values; the first on a tie, so merging is stable. */
export const newer = <T extends { updated: number }>(a: T | undefined, b: T | undefined) =>
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

/** Sets, or with `undefined` clears ("not started"), the state saved under a key. */
export function withState(
	progress: Progress,
	key: string,
	state: ProgressState | undefined,
	now: number,
): Progress {
	const { [key]: _previous, ...entries } = progress.entries;
	return { ...progress, entries: state ? { ...entries, [key]: { state, updated: now } } : entries };
}

/** Pins a pathway to the end of the plan; a pathway already in it stays where it is. */
export function withPlanned(progress: Progress, pathwayId: string): Progress {
	return { ...progress, plan: unique([...progress.plan, pathwayId]) };
}

/** Takes a pathway off the plan. */
export function withoutPlanned(progress: Progress, pathwayId: string): Progress {
	return { ...progress, plan: progress.plan.filter((id) => id !== pathwayId) };
}

/** Moves a pathway one place earlier in the plan; the first stays first. */
export function withPlannedEarlier(progress: Progress, pathwayId: string): Progress {
	const plan = [...progress.plan];
	const index = plan.indexOf(pathwayId);
	const previous = plan[index - 1];
	if (index > 0 && previous !== undefined) plan.splice(index - 1, 2, pathwayId, previous);
	return { ...progress, plan };
}

/** Saves the skills matrix's rows. */
export function withMatrix(progress: Progress, rows: MatrixRow[], now: number): Progress {
	return {
		...progress,
		worksheets: { ...progress.worksheets, skillsMatrix: { rows, updated: now } },
	};
}
