/** The smallest view of a content entry that the integrity check needs. */
export interface CheckedEntry {
	id: string;
	filePath?: string | undefined;
	data: unknown;
}

/** One broken cross-reference, located by file and field. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

/** Raised when content refers to entries that do not exist; the message lists every problem. */
export class ContentIntegrityError extends Error {
	constructor(readonly problems: readonly ContentProblem[]) {
		super(
			`Broken content references:\n${problems
				.map(({ file, field, message }) => `  ${file}: ${field}: ${message}`)
				.join('\n')}`,
		);
		this.name = 'ContentIntegrityError';
	}
}

interface Reference {
	id: string;
	collection: string;
}

/** Astro's `reference()` resolves to `{ id, collection }` and nothing else. */
function isReference(value: unknown): value is Reference {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		'id' in value &&
		typeof value.id === 'string' &&
		'collection' in value &&
		typeof value.collection === 'string'
	);
}

/**
 * Every reference inside `data`, with the field path it sits at ("related.1", "from.role"). Only
 * objects and arrays are walked: most of the data is text, and skipping it costs nothing.
 */
function* findReferences(data: object, path = ''): Generator<[string, Reference]> {
	if (isReference(data)) {
		yield [path, data];
		return;
	}
	const entries = Array.isArray(data) ? data.entries() : Object.entries(data);
	for (const [key, value] of entries) {
		if (typeof value === 'object' && value !== null)
			yield* findReferences(value, path === '' ? String(key) : `${path}.${key}`);
	}
}

/**
 * Finds references to entries that do not exist. Astro's `reference()` checks only the shape of
 * a reference, so a misspelt role id would otherwise become a dead link; this check runs once per
 * build over every collection and fails the build naming the file and the field. References may
 * point into `known`, which defaults to the collections checked: a caller that adds collections to
 * ones already checked passes only the new ones, so nothing is walked twice.
 */
export function findBrokenReferences(
	collections: Readonly<Record<string, readonly CheckedEntry[]>>,
	known: Readonly<Record<string, readonly CheckedEntry[]>> = collections,
): ContentProblem[] {
	const ids = new Map(
		Object.entries(known).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
	);
	const problems: ContentProblem[] = [];
	for (const [name, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			if (typeof entry.data !== 'object' || entry.data === null) continue;
			for (const [field, ref] of findReferences(entry.data)) {
				if (ids.get(ref.collection)?.has(ref.id)) continue;
				problems.push({
					file: entry.filePath ?? `${name}/${entry.id}`,
					field,
					message: `no ${ref.collection} entry with id "${ref.id}"`,
				});
			}
		}
	}
	return problems;
}
