import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readImport } from './import-file';
import { isRecord } from './json-schema';
import { migrate } from './migrate';
import {
	MAX_EVIDENCE,
	MAX_HOURS_A_WEEK,
	MAX_NOTE,
	MAX_RATING,
	MAX_SCORE,
	MAX_SKILL_NAME,
	MAX_SKILLS,
	MAX_STAGE_WEEKS,
	MIN_HOURS_A_WEEK,
	PROGRESS_STATES,
	PROGRESS_VERSION,
} from './model';
import { ProgressEntrySchema, ProgressSchema, type Progress } from './schema';
import { FUTURE_LIMIT_MS, NOTHING_PRESERVED, type Preserved, readSaved, serialise } from './store';

/**
 * Properties of the store over random and mutated saved documents and import files (fast-check):
 * reading never throws, keeps every valid entry and plan id and stays valid itself, a write read
 * back is what was written (fields this version does not know included), and an import is either
 * taken whole or refused with a short reason.
 */

const NOW = 1_800_000_000_000;
const STABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const key = fc.tuple(id, id).map(([a, b]) => `${a}/${b}`);
const time = fc.integer({ min: 0, max: NOW + FUTURE_LIMIT_MS });
const entry = fc.record(
	{
		state: fc.constantFrom(...PROGRESS_STATES),
		updated: time,
		known: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
	},
	{ requiredKeys: ['state', 'updated'] },
);
/** A calendar day from 2000 to 2099, as the format writes it. */
const day = fc
	.date({
		min: new Date('2000-01-01T00:00:00Z'),
		max: new Date('2099-12-31T00:00:00Z'),
		noInvalidDate: true,
	})
	.map((date) => date.toISOString().slice(0, 10));
const schedule = fc.record({
	start: day,
	hoursPerWeek: fc.integer({ min: MIN_HOURS_A_WEEK, max: MAX_HOURS_A_WEEK }),
	weeks: fc.dictionary(id, fc.integer({ min: 1, max: MAX_STAGE_WEEKS }), { maxKeys: 3 }),
	updated: time,
});
const evidence = fc.record(
	{
		key,
		note: fc.string({ minLength: 1, maxLength: MAX_NOTE }).filter((note) => /\S/.test(note)),
		link: fc.tuple(id, id).map(([host, page]) => `https://${host}.example/${page}`),
		date: day,
		added: time,
	},
	{ requiredKeys: ['key', 'note', 'date', 'added'] },
);
const ratings = fc.record({
	skills: fc.dictionary(id, fc.integer({ min: 0, max: MAX_RATING }), { maxKeys: 5 }),
	updated: time,
});
const row = fc.record(
	{
		name: fc.string({ maxLength: MAX_SKILL_NAME }),
		skill: id,
		scores: fc.dictionary(id, fc.integer({ min: 0, max: MAX_SCORE }), { maxKeys: 5 }),
	},
	{ requiredKeys: ['name', 'scores'] },
);

/** Any document the format accepts. */
const progress: fc.Arbitrary<Progress> = fc.record(
	{
		format: fc.constant('ai-career-atlas-progress' as const),
		version: fc.constant(PROGRESS_VERSION),
		entries: fc.dictionary(key, entry, { maxKeys: 20 }),
		plan: fc.uniqueArray(id, { maxLength: 6 }),
		worksheets: fc.record(
			{
				skillsMatrix: fc.record({ rows: fc.array(row, { maxLength: MAX_SKILLS }), updated: time }),
			},
			{ requiredKeys: [] },
		),
		schedules: fc.dictionary(id, schedule, { maxKeys: 3 }),
		evidence: fc.array(evidence, { maxLength: Math.min(5, MAX_EVIDENCE) }),
		ratings,
	},
	{ requiredKeys: ['format', 'version', 'entries', 'plan', 'worksheets'] },
);

/** Names this version does not give a field, for fields a newer version might add. */
const unknownName = fc
	.string({ minLength: 1, maxLength: 12 })
	.filter((name) => !Object.hasOwn(ProgressSchema.shape, name));

/**
 * A value as it comes out of `JSON.parse`: fast-check's JSON values include -0, which no saved
 * text can hold (it is written as 0), so a kept field is compared after the same round trip.
 */
const parsedJson = fc
	.jsonValue({ maxDepth: 2 })
	.map((value): unknown => JSON.parse(JSON.stringify(value)));

/** A document with damage mixed in: junk entries, junk plan items, junk fields, a bad matrix. */
const damaged = fc
	.record({
		valid: progress,
		junkEntries: fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 }), {
			maxKeys: 8,
		}),
		junkPlan: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
		junkFields: fc.dictionary(unknownName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
		matrix: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
		version: fc.option(fc.jsonValue({ maxDepth: 0 }), { nil: undefined }),
	})
	.map(({ valid, junkEntries, junkPlan, junkFields, matrix, version }) => ({
		valid,
		document: {
			...junkFields,
			...valid,
			...(version === undefined ? {} : { version }),
			entries: { ...junkEntries, ...valid.entries },
			plan: [...junkPlan, ...valid.plan],
			worksheets: matrix === undefined ? valid.worksheets : { skillsMatrix: matrix },
		},
	}));

/** The entries of a raw document that are valid on their own, and no later than tomorrow. */
function validEntries(value: unknown): Record<string, unknown> {
	const entries = isRecord(value) && isRecord(value['entries']) ? value['entries'] : {};
	return Object.fromEntries(
		Object.entries(entries).filter(
			([entryKey, item]) =>
				/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entryKey) &&
				ProgressEntrySchema.safeParse(item).success &&
				(item as { updated: number }).updated <= NOW + FUTURE_LIMIT_MS,
		),
	);
}

/** Every way of handing the store text: any string, any JSON, damaged documents. */
const anyText = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
	damaged.map(({ document }) => JSON.stringify(document)),
	progress.map((value) => serialise(value).slice(0, 40)),
);

describe('the store, on random and mutated documents', () => {
	test('reading never throws, and what it keeps is a valid document', () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const saved = readSaved(raw, NOW);
				expect(ProgressSchema.safeParse(saved.progress).success).toBe(true);
				expect((saved.unread ?? '').length).toBeLessThan(1000);
			}),
		);
	});

	test('reading keeps every valid entry and every valid plan id of a damaged document', () => {
		fc.assert(
			fc.property(damaged, ({ valid, document }) => {
				const { progress: read } = readSaved(JSON.stringify(document), NOW);
				expect(read.entries).toEqual(validEntries(document));
				for (const planned of valid.plan) expect(read.plan).toContain(planned);
				for (const planned of read.plan) expect(planned).toMatch(STABLE_ID);
			}),
		);
	});

	test('a write read back is what was written, fields this version does not know included', () => {
		const preserved: fc.Arbitrary<Preserved> = fc.record({
			version: fc.integer({ min: PROGRESS_VERSION, max: 9 }),
			unknown: fc
				.dictionary(unknownName, parsedJson, { maxKeys: 3 })
				.map((fields) => Object.entries(fields).map(([name, value]) => ({ path: [name], value }))),
		});
		fc.assert(
			fc.property(progress, preserved, (written, kept) => {
				const read = readSaved(serialise(written, kept), NOW);
				expect(read.progress).toEqual(written);
				expect(read.preserved).toEqual(kept);
				expect(read.unread).toBeUndefined();
				expect(serialise(read.progress, read.preserved)).toBe(serialise(written, kept));
			}),
		);
		expect(readSaved(serialise(ProgressSchema.parse(emptyDocument())), NOW).preserved).toEqual(
			NOTHING_PRESERVED,
		);
	});

	test('an import is taken whole or refused with a short reason, never half-read', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const result = readImport(text, NOW);
				if (result.ok) {
					expect(ProgressSchema.safeParse(migrate(JSON.parse(text))).success).toBe(true);
					expect(validEntries(JSON.parse(text))).toEqual(result.progress.entries);
				} else {
					expect(result.error.length).toBeLessThan(600);
				}
			}),
		);
		fc.assert(
			fc.property(progress, (file) => {
				expect(readImport(serialise(file), NOW)).toEqual({ ok: true, progress: file });
			}),
		);
	});
});

/** The smallest document: nothing saved. */
function emptyDocument(): unknown {
	return {
		format: 'ai-career-atlas-progress',
		version: PROGRESS_VERSION,
		entries: {},
		plan: [],
		worksheets: {},
	};
}
