/**
 * A checker for the small subset of JSON Schema that Zod's `toJSONSchema` writes for the
 * saved-data format. It lets the browser check saved data and imported files against the schema
 * generated from `schema.ts` without shipping Zod; `schema.test.ts` proves the schema uses nothing
 * else and that this checker and Zod agree on every case.
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

/** How each JSON Schema type is recognised, and named in a problem. */
const TYPES: Record<string, [check: (value: unknown) => boolean, name: string]> = {
	object: [isRecord, 'an object'],
	array: [Array.isArray, 'a list'],
	string: [(value) => typeof value === 'string', 'text'],
	number: [(value) => typeof value === 'number' && Number.isFinite(value), 'a number'],
	integer: [Number.isInteger, 'a whole number'],
};

/**
 * The first way `value` breaks `schema`, as a sentence naming where (`entries › a/b › state
 * should be one of …`), or undefined if it conforms. Only own keys count on both sides, so
 * `__proto__` or `constructor` in a file is just an unexpected field.
 */
export function findProblem(
	schema: JsonSchema,
	value: unknown,
	path: readonly string[] = [],
): string | undefined {
	const fail = (message: string) =>
		`${path.length > 0 ? path.join(' › ') : 'the document'} ${message}`;
	const type = schema.type === undefined ? undefined : TYPES[schema.type];
	if (type && !type[0](value)) return fail(`should be ${type[1]}`);
	if ('const' in schema && value !== schema.const)
		return fail(`should be ${JSON.stringify(schema.const)}`);
	if (schema.enum && !schema.enum.includes(value))
		return fail(`should be one of ${schema.enum.join(', ')}`);
	if (typeof value === 'string') {
		if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
			return fail('is not in the expected form');
		if (schema.maxLength !== undefined && [...value].length > schema.maxLength)
			return fail(`is longer than ${schema.maxLength} characters`);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum)
			return fail(`should be at least ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum)
			return fail(`should be at most ${schema.maximum}`);
	}
	if (Array.isArray(value)) {
		if (schema.maxItems !== undefined && value.length > schema.maxItems)
			return fail(`has more than ${schema.maxItems} items`);
		const { items } = schema;
		for (const [index, item] of value.entries()) {
			const problem = items && findProblem(items, item, [...path, `item ${index + 1}`]);
			if (problem) return problem;
		}
	}
	if (isRecord(value)) {
		const missing = schema.required?.find((key) => !Object.hasOwn(value, key));
		if (missing !== undefined) return fail(`lacks “${missing}”`);
		for (const [key, item] of Object.entries(value)) {
			const nameProblem =
				schema.propertyNames && findProblem(schema.propertyNames, key, [...path, key]);
			if (nameProblem) return nameProblem;
			const rule =
				schema.properties && Object.hasOwn(schema.properties, key)
					? schema.properties[key]
					: schema.additionalProperties;
			if (rule === false) return fail(`has an unexpected field “${key}”`);
			const problem = typeof rule === 'object' && findProblem(rule, item, [...path, key]);
			if (problem) return problem;
		}
	}
	return undefined;
}
