import { findProblem, type JsonSchema } from './json-schema';
import generated from './progress.schema.json';

/**
 * The dates and evidence forms are checked against the saved-data schema itself, the part each
 * form fills: whatever a form accepts, saved data and imports accept too, and a limit changed in
 * `schema.ts` changes the forms with it. The forms' messages are in their templates.
 */

/** The schema of one pathway's dates. */
export const scheduleSchema: JsonSchema = generated.properties.schedules.additionalProperties;

/** The schema of one stage's length in weeks. */
export const weeksSchema: JsonSchema =
	generated.properties.schedules.additionalProperties.properties.weeks.additionalProperties;

/** The schema of one piece of evidence. */
export const evidenceSchema: JsonSchema = generated.properties.evidence.items;

/**
 * The fields of `value`, among `names`, that break their part of `schema`: a value the schema
 * refuses, or a required one that is missing (`undefined`).
 */
export function invalidFields(
	schema: JsonSchema,
	value: Readonly<Record<string, unknown>>,
	names: readonly string[],
): string[] {
	return names.filter((name) => {
		const field = value[name];
		const rule = schema.properties?.[name];
		if (field === undefined) return schema.required?.includes(name) ?? false;
		return rule === undefined || findProblem(rule, field) !== undefined;
	});
}

/** A number typed into a field, or undefined when the field is empty. */
export function typedNumber(text: string): number | undefined {
	return text.trim() === '' ? undefined : Number(text);
}
