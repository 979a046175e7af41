import { NAMED_AT_MOST, quoteExcerpt } from '../lib/format';

/**
 * A checker for the small subset of JSON Schema that Zod's `toJSONSchema` writes for the
 * saved-data format. It lets the browser check saved data and imported files against the schema
 * generated from `schema.ts` without shipping Zod; `schema.test.ts` proves the schema uses nothing
 * else and that this checker and Zod agree on every case.
 *
 * The same walk serves two readers. An import is checked strictly and stops after a few problems;
 * saved data is salvaged: each part that breaks the schema is dropped on its own (an entry, a
 * matrix row, a score), everything valid is kept, and fields the schema does not name (written by
 * a newer version of the site) are handed back, so they can be written again untouched. Messages
 * quote untrusted text only as short excerpts, so a key of megabytes costs no more than a short one.
 */

/** The keywords this checker understands; a schema with any other keyword fails the tests. */
export interface JsonSchema {
	$schema?: string;
	type?: string;
	const?: unknown;
	enum?: readonly unknown[];
	pattern?: string;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	maxItems?: number;
	items?: JsonSchema;
	properties?: Readonly<Record<string, JsonSchema>>;
	required?: readonly string[];
	additionalProperties?: boolean | JsonSchema;
	propertyNames?: JsonSchema;
}

/** Every keyword `JsonSchema` declares, for the test that the generated schema stays within them. */
export const JSON_SCHEMA_KEYWORDS: readonly (keyof JsonSchema)[] = [
	'$schema',
	'type',
	'const',
	'enum',
	'pattern',
	'maxLength',
	'minimum',
	'maximum',
	'maxItems',
	'items',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
];

/** Whether a value is a plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How much of a key a message quotes: enough for the longest real one (a pathway and a step). */
const KEY_EXCERPT_LENGTH = 80;

/** Where a value sits in a document: object keys and list positions, from the top. */
export type FieldPath = readonly (string | number)[];

/** A field the schema does not name, and where it was: kept so it can be written back as it was. */
export interface UnknownField {
	path: FieldPath;
	value: unknown;
}

/** How a walk treats what it finds. */
export interface Inspection {
	/**
	 * Told about each problem, as a function writing its sentence, so unread ones cost nothing.
	 * Call it at once or never: it names the place the walk is at, and the walk moves on.
	 */
	problem: (sentence: () => string) => void;
	/** Set to keep fields the schema does not name; without it each one is a problem. */
	keepUnknown?: boolean;
	/** A rule beyond the schema: a sentence ending (`is in the future`) refuses the value. */
	veto?: (path: FieldPath, value: unknown) => string | undefined;
	/** Stops the walk once true (a strict check needs only its first few problems). */
	enough?: () => boolean;
}

/** What a walk kept of a value: its valid part and the unknown fields inside it. */
export interface Kept {
	value: unknown;
	unknown: readonly UnknownField[];
}

/** How each JSON Schema type is recognised, and named in a problem. */
const TYPES: Record<string, [check: (value: unknown) => boolean, name: string]> = {
	object: [isRecord, 'an object'],
	array: [Array.isArray, 'a list'],
	string: [(value) => typeof value === 'string', 'text'],
	number: [(value) => typeof value === 'number' && Number.isFinite(value), 'a number'],
	integer: [Number.isInteger, 'a whole number'],
};

/** Patterns compiled once each, however many keys are checked against them. */
const compiled = new Map<string, RegExp>();
const regex = (pattern: string) => {
	const known = compiled.get(pattern) ?? new RegExp(pattern, 'u');
	compiled.set(pattern, known);
	return known;
};

/** Whether text is longer than `max` characters (code points), without copying a long text. */
function longerThan(text: string, max: number): boolean {
	if (text.length <= max) return false;
	if (text.length > max * 2) return true;
	return [...text].length > max;
}

/**
 * A path as a message names it: the format's own field names as they are, keys from the data
 * quoted and cut short, list items by position (`entries › “a/b” › state`).
 */
function describePath(path: FieldPath, named: readonly boolean[]): string {
	if (path.length === 0) return 'the document';
	return path
		.map((part, index) =>
			typeof part === 'number'
				? `item ${part + 1}`
				: named[index]
					? part
					: quoteExcerpt(part, KEY_EXCERPT_LENGTH),
		)
		.join(' › ');
}

/** The first way a single value (not its contents) breaks its schema, as a sentence ending. */
function ownProblem(schema: JsonSchema, value: unknown): string | undefined {
	const type = schema.type === undefined ? undefined : TYPES[schema.type];
	if (type && !type[0](value)) return `should be ${type[1]}`;
	if ('const' in schema && value !== schema.const)
		return `should be ${JSON.stringify(schema.const)}`;
	if (schema.enum && !schema.enum.includes(value))
		return `should be one of ${schema.enum.join(', ')}`;
	if (typeof value === 'string') {
		if (schema.pattern !== undefined && !regex(schema.pattern).test(value))
			return 'is not in the expected form';
		if (schema.maxLength !== undefined && longerThan(value, schema.maxLength))
			return `is longer than ${schema.maxLength} characters`;
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum)
			return `should be at least ${schema.minimum}`;
		if (schema.maximum !== undefined && value > schema.maximum)
			return `should be at most ${schema.maximum}`;
	}
	return undefined;
}

/** Sets an own property, so a key such as `__proto__` stays data and never reaches a prototype. */
export function setOwn(target: object, key: string | number, value: unknown): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true,
	});
}

/** A value kept whole, with nothing unknown inside it (shared: callers only read `unknown`). */
const NO_UNKNOWN: readonly UnknownField[] = [];

/**
 * Walks `value` against `schema`, telling `inspection` about every problem, and returns what is
 * valid: undefined when the value itself is unusable, otherwise the value with every broken
 * optional part dropped (a record's bad entries, a list's bad or surplus items, a bad optional
 * field) and, with `keepUnknown`, the fields the schema does not name set aside in `unknown`.
 * Only own keys count, so `__proto__` or `constructor` in a file is just a key.
 */
export function inspect(
	schema: JsonSchema,
	value: unknown,
	inspection: Inspection,
	path: FieldPath = [],
	named: readonly boolean[] = [],
): Kept | undefined {
	return walk(schema, value, inspection, [...path], [...named]);
}

/**
 * Tells `inspection` that the value at `path` (or at its field `key`, a key from the data) breaks
 * its schema. The sentence reads `path` when called, so it is only right until the walk moves on:
 * see `Inspection.problem`.
 */
function report(
	inspection: Inspection,
	path: FieldPath,
	named: readonly boolean[],
	ending: string,
	key?: string,
): void {
	inspection.problem(() =>
		key === undefined
			? `${describePath(path, named)} ${ending}`
			: `${describePath([...path, key], [...named, false])} ${ending}`,
	);
}

/** `walk` one level down, into the item at `key` (`isNamed` when the schema names that field). */
function walkInto(
	schema: JsonSchema,
	item: unknown,
	inspection: Inspection,
	path: (string | number)[],
	named: boolean[],
	key: string | number,
	isNamed: boolean,
): Kept | undefined {
	path.push(key);
	named.push(isNamed);
	const result = walk(schema, item, inspection, path, named);
	path.pop();
	named.pop();
	return result;
}

/**
 * `inspect`'s walk. `path` and `named` are one pair of stacks for the whole walk, pushed on the
 * way down and popped on the way up, so a document of 100,000 entries costs no array per key.
 */
function walk(
	schema: JsonSchema,
	value: unknown,
	inspection: Inspection,
	path: (string | number)[],
	named: boolean[],
): Kept | undefined {
	const own = ownProblem(schema, value) ?? inspection.veto?.(path, value);
	if (own !== undefined) {
		report(inspection, path, named, own);
		return undefined;
	}
	if (Array.isArray(value)) {
		const kept: unknown[] = [];
		const unknown: UnknownField[] = [];
		const max = schema.maxItems ?? Infinity;
		for (const [index, item] of value.entries()) {
			if (inspection.enough?.()) break;
			if (kept.length === max) {
				report(inspection, path, named, `has more than ${max} items`);
				break;
			}
			if (!schema.items) {
				kept.push(item);
				continue;
			}
			const result = walkInto(schema.items, item, inspection, path, named, index, false);
			if (!result) continue;
			for (const field of result.unknown)
				unknown.push({ ...field, path: [kept.length, ...field.path] });
			kept.push(result.value);
		}
		return { value: kept, unknown };
	}
	if (!isRecord(value)) return { value, unknown: NO_UNKNOWN };
	for (const key of schema.required ?? []) {
		if (Object.hasOwn(value, key)) continue;
		report(inspection, path, named, `lacks “${key}”`);
		return undefined;
	}
	const kept: Record<string, unknown> = {};
	const unknown: UnknownField[] = [];
	for (const key in value) {
		if (!Object.hasOwn(value, key)) continue;
		if (inspection.enough?.()) break;
		const item = value[key];
		const property = schema.properties !== undefined && Object.hasOwn(schema.properties, key);
		const rule = property ? schema.properties?.[key] : schema.additionalProperties;
		const nameProblem =
			property || !schema.propertyNames ? undefined : ownProblem(schema.propertyNames, key);
		if (nameProblem !== undefined) {
			report(inspection, path, named, nameProblem, key);
			continue;
		}
		if (rule === false) {
			if (inspection.keepUnknown) unknown.push({ path: [key], value: item });
			else
				report(
					inspection,
					path,
					named,
					`has an unexpected field ${quoteExcerpt(key, KEY_EXCERPT_LENGTH)}`,
				);
			continue;
		}
		const result =
			typeof rule === 'object'
				? walkInto(rule, item, inspection, path, named, key, property)
				: { value: item, unknown: NO_UNKNOWN };
		if (!result) {
			if (schema.required?.includes(key)) return undefined;
			continue;
		}
		setOwn(kept, key, result.value);
		for (const field of result.unknown) unknown.push({ ...field, path: [key, ...field.path] });
	}
	return { value: kept, unknown };
}

/**
 * The first few ways `value` breaks `schema`, as sentences naming where (`entries › “a/b” › state
 * should be one of …`), and how many were found before checking stopped at `limit`. `veto` adds
 * a rule the schema cannot say (a time in the future).
 */
export function findProblems(
	schema: JsonSchema,
	value: unknown,
	limit: number,
	veto?: Inspection['veto'],
): { named: string[]; count: number } {
	const named: string[] = [];
	let count = 0;
	inspect(schema, value, {
		problem: (sentence) => {
			count += 1;
			if (named.length < NAMED_AT_MOST) named.push(sentence());
		},
		enough: () => count >= limit,
		...(veto ? { veto } : {}),
	});
	return { named, count };
}

/** The first way `value` breaks `schema`, as a sentence naming where, or undefined if it conforms. */
export function findProblem(schema: JsonSchema, value: unknown): string | undefined {
	return findProblems(schema, value, 1).named[0];
}
