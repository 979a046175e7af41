import { NAMED_AT_MOST, nameAFew, pluralise } from '../lib/format';
import {
	type FieldPath,
	findProblems,
	inspect,
	type Inspection,
	isRecord,
	type JsonSchema,
	setOwn,
	type UnknownField,
} from './json-schema';
import { migrate } from './migrate';
import { PROGRESS_FORMAT, PROGRESS_VERSION, type ProgressState } from './model';
import generated from './progress.schema.json';
import type { MatrixRow, Progress } from './schema';

/**
 * The progress store's pure half: reading, checking, merging and writing the saved-data document.
 * Nothing here touches the browser, so every rule is tested in vitest; the islands wrap it in
 * `src/progress/storage.ts`.
 */

/** The saved-data format, as the JSON Schema generated from `schema.ts`. */
export const schema: JsonSchema = generated;

/**
 * How far past the reader's clock a saved time may be. A clock a few hours out is common; a time
 * further ahead is damage (or mischief), and would win every merge for ever, so it is refused.
 */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

/**
 * Where the format keeps times (`*` stands for any key). Every time found here must be no later
 * than now plus `FUTURE_LIMIT_MS`; a new timestamped field adds its path.
 */
const TIMESTAMPS: readonly (readonly string[])[] = [
	['entries', '*', 'updated'],
	['worksheets', 'skillsMatrix', 'updated'],
	['schedules', '*', 'updated'],
	['evidence', '*', 'added'],
	['ratings', 'updated'],
];

/** Refuses a time later than tomorrow, for the walk in `json-schema.ts`. */
export function futureVeto(now: number): NonNullable<Inspection['veto']> {
	const limit = now + FUTURE_LIMIT_MS;
	return (path: FieldPath, value: unknown) =>
		typeof value === 'number' &&
		value > limit &&
		TIMESTAMPS.some(
			(pattern) =>
				pattern.length === path.length &&
				pattern.every((part, index) => part === '*' || part === path[index]),
		)
			? 'is a time more than a day in the future'
			: undefined;
}

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

/**
 * What saved data holds beyond what this version reads: fields it does not know, and the newer
 * format version they came with. Both are written back with every change, so a reader who opens
 * an older copy of the site (a cached page, say) loses nothing a newer one saved.
 */
export interface Preserved {
	unknown: UnknownField[];
	/** The version to write: this one's, or the newer one the data was saved with. */
	version: number;
}

/** Nothing beyond what this version reads. */
export const NOTHING_PRESERVED: Preserved = { unknown: [], version: PROGRESS_VERSION };

/** What was read from localStorage: usable progress, and what of the raw data could not be read. */
export interface SavedProgress {
	progress: Progress;
	preserved: Preserved;
	/**
	 * The first few parts that could not be read, and how many more, or undefined when everything
	 * was read. Writing the document back would drop these parts, so the original is kept first.
	 */
	unread: string | undefined;
	/** False when the data is not JSON at all, so nothing of it could be read. */
	parsed: boolean;
}

/** Ids in first-seen order, each once. */
export const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The same document with its plan free of repeats. */
export function normalised(progress: Progress): Progress {
	return { ...progress, plan: unique(progress.plan) };
}

/**
 * Keeps every part of a document that is valid on its own, part by part: each entry, each plan
 * id, each matrix row and each of its scores. Fields the format does not name are set aside in
 * `preserved`; a newer version number is kept. Each part dropped is told to `problem`.
 */
export function salvage(
	value: unknown,
	problem: (sentence: () => string) => void = () => undefined,
	now = Date.now(),
): { progress: Progress; preserved: Preserved } {
	const progress = emptyProgress();
	const preserved: Preserved = { unknown: [], version: PROGRESS_VERSION };
	if (!isRecord(value)) {
		problem(() => 'the document should be an object');
		return { progress, preserved };
	}
	const parts = schema.properties ?? {};
	const inspection: Inspection = { problem, keepUnknown: true, veto: futureVeto(now) };
	const { format, version } = value;
	if (format !== PROGRESS_FORMAT) problem(() => 'it was not saved by this site');
	if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
		preserved.version = version;
	} else if (version !== PROGRESS_VERSION) {
		problem(() => `its format version is not ${PROGRESS_VERSION}`);
	}
	for (const [key, item] of Object.entries(value)) {
		const part = Object.hasOwn(parts, key) ? parts[key] : undefined;
		if (part === undefined) preserved.unknown.push({ path: [key], value: item });
		if (part === undefined || key === 'format' || key === 'version') continue;
		const result = inspect(part, item, inspection, [key], [true]);
		if (result) setOwn(progress, key, result.value);
		for (const field of result?.unknown ?? []) {
			preserved.unknown.push({ ...field, path: [key, ...field.path] });
		}
	}
	for (const key of schema.required ?? []) {
		const named = key === 'format' || key === 'version';
		if (!named && !Object.hasOwn(value, key)) problem(() => `the document lacks “${key}”`);
	}
	return { progress: normalised(progress), preserved };
}

/**
 * Reads the raw localStorage value. Never throws, and its work stays bounded however large or
 * broken the value: missing data is an empty document; damaged, foreign or other-version data is
 * salvaged part by part, naming the first few parts dropped and counting the rest.
 */
export function readSaved(raw: string | null, now = Date.now()): SavedProgress {
	const nothing = { progress: emptyProgress(), preserved: NOTHING_PRESERVED };
	if (raw === null) return { ...nothing, unread: undefined, parsed: true };
	let value: unknown;
	try {
		value = migrate(JSON.parse(raw));
	} catch {
		return { ...nothing, unread: 'it is not valid JSON', parsed: false };
	}
	const named: string[] = [];
	let count = 0;
	const { progress, preserved } = salvage(
		value,
		(sentence) => {
			count += 1;
			if (named.length < NAMED_AT_MOST) named.push(sentence());
		},
		now,
	);
	return {
		progress,
		preserved,
		unread: count > 0 ? nameAFew(named, count, '; ') : undefined,
		parsed: true,
	};
}

/**
 * The notice for saved data this page cannot read whole, or undefined: what could not be read
 * (in the saved document, or in the original kept `aside` after an earlier change), that the
 * original is kept until the reader downloads it or resets, and whether a newer version saved it.
 */
export function describeSaved(saved: SavedProgress, aside?: SavedProgress): string | undefined {
	const keptUntil = 'the original is kept in this browser until you download it or reset';
	const sentences: string[] = [];
	if (!saved.parsed) {
		sentences.push(
			`Your saved progress is not readable (it is not valid JSON), so none of it can be shown; ${keptUntil}.`,
		);
	} else if (saved.unread !== undefined) {
		const count = Object.keys(saved.progress.entries).length;
		sentences.push(
			`Part of your saved progress could not be read: ${saved.unread}. ${pluralise(count, 'saved state was', 'saved states were')} kept, and ${keptUntil}.`,
		);
	} else if (aside) {
		sentences.push(
			`Part of your saved progress could not be read earlier (${aside.unread ?? 'it is not valid JSON'}); ${keptUntil}.`,
		);
	}
	if (saved.preserved.version > PROGRESS_VERSION) {
		sentences.push(
			`Your progress was saved by a newer version of this site (format ${saved.preserved.version}): this page shows what it can read and keeps the rest as it is. Reload the page to get the newer version.`,
		);
	}
	return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** Puts each field set aside back where it was, unless that place is gone or taken. */
function withUnknown(document: Record<string, unknown>, unknown: readonly UnknownField[]): void {
	for (const { path, value } of unknown) {
		let node: unknown = document;
		for (const part of path.slice(0, -1)) {
			node =
				isRecord(node) || Array.isArray(node)
					? Object.getOwnPropertyDescriptor(node, part)?.value
					: undefined;
		}
		const last = path.at(-1);
		if (
			last !== undefined &&
			(isRecord(node) || Array.isArray(node)) &&
			!Object.hasOwn(node, last)
		) {
			setOwn(node, last, value);
		}
	}
}

/**
 * The document as stored and exported: entries sorted by key so files diff cleanly, and the same
 * document always gives the same text (an export imported and exported again is identical).
 * Preserved fields go back where they were read from, after the fields this version writes.
 */
export function serialise(progress: Progress, preserved: Preserved = NOTHING_PRESERVED): string {
	const entries = Object.fromEntries(
		Object.entries(progress.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
	);
	const document: Record<string, unknown> = JSON.parse(
		JSON.stringify({ ...progress, version: preserved.version, entries }),
	);
	withUnknown(document, preserved.unknown);
	return `${JSON.stringify(document, null, '\t')}\n`;
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

/** Whether a matrix row is one the format accepts, checked before the worksheet saves it. */
export function isMatrixRow(row: unknown): row is MatrixRow {
	const rows =
		schema.properties?.['worksheets']?.properties?.['skillsMatrix']?.properties?.['rows'];
	return rows?.items !== undefined && findProblems(rows.items, row, 1).count === 0;
}

/** Saves the skills matrix's rows. */
export function withMatrix(progress: Progress, rows: MatrixRow[], now: number): Progress {
	return {
		...progress,
		worksheets: { ...progress.worksheets, skillsMatrix: { rows, updated: now } },
	};
}
