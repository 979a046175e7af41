import { format, resolveConfig } from 'prettier';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	findProblem,
	findProblems,
	inspect,
	JSON_SCHEMA_KEYWORDS,
	type JsonSchema,
} from './json-schema';
import generated from './progress.schema.json';
import { ProgressSchema } from './schema';
import { copy, fullProgress } from '../../tests/fixtures/progress';

const schemaFile = new URL('./progress.schema.json', import.meta.url).pathname;
const schema: JsonSchema = generated;

describe('progress.schema.json', () => {
	test('is the JSON Schema of ProgressSchema (run `vitest -u` to regenerate it)', async () => {
		const json = JSON.stringify(z.toJSONSchema(ProgressSchema));
		const options = await resolveConfig(schemaFile);
		await expect(await format(json, { ...options, parser: 'json' })).toMatchFileSnapshot(
			schemaFile,
		);
	});

	test('uses only keywords the browser checker understands', () => {
		const used = new Set<string>();
		const visit = (node: unknown): void => {
			if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
			for (const [key, value] of Object.entries(node)) {
				used.add(key);
				if (key === 'properties') Object.values(value ?? {}).forEach(visit);
				else visit(value);
			}
		};
		visit(generated);
		expect([...used].filter((key) => !JSON_SCHEMA_KEYWORDS.some((k) => k === key))).toEqual([]);
	});
});

/** Sets a value deep inside a copy of the full document. */
function withValue(path: readonly (string | number)[], value: unknown): unknown {
	const document: unknown = copy(fullProgress());
	let node: unknown = document;
	for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
	const last = path.at(-1) ?? '';
	if (value === undefined) delete (node as Record<string | number, unknown>)[last];
	else (node as Record<string | number, unknown>)[last] = value;
	return document;
}

const row = ['worksheets', 'skillsMatrix', 'rows', 0] as const;
const entry = ['entries', 'swe-to-mle/take-a-course'] as const;
const schedule = ['schedules', 'swe-to-mle'] as const;
const evidence = ['evidence', 0] as const;

/** Documents that must be accepted, and many ways to break one. */
const cases: [string, unknown][] = [
	['the full document', fullProgress()],
	[
		'an empty document',
		{ format: 'ai-career-atlas-progress', version: 2, entries: {}, plan: [], worksheets: {} },
	],
	['a name of exactly 80 characters', withValue([...row, 'name'], 'x'.repeat(80))],
	['an empty matrix', withValue(['worksheets', 'skillsMatrix', 'rows'], [])],
	['a score of 0', withValue([...row, 'scores', 'ml-engineer'], 0)],
	['a leap day', withValue([...schedule, 'start'], '2028-02-29')],
	['the last day of the range', withValue([...evidence, 'date'], '2099-12-31')],
	['a pace of 80 hours', withValue([...schedule, 'hoursPerWeek'], 80)],
	['a note of exactly 500 characters', withValue([...evidence, 'note'], 'x'.repeat(500))],
	['evidence without a link', withValue([...evidence, 'link'], undefined)],
	['an http link', withValue([...evidence, 'link'], 'http://example.org/a?b=c#d')],
	['null', null],
	['a number', 42],
	['a string', 'progress'],
	['a list', [fullProgress()]],
	['an empty object', {}],
	['another format', withValue(['format'], 'roadmap-sh')],
	['version 3', withValue(['version'], 3)],
	['version 0', withValue(['version'], 0)],
	['version as text', withValue(['version'], '1')],
	['no version', withValue(['version'], undefined)],
	['no entries', withValue(['entries'], undefined)],
	['entries as a list', withValue(['entries'], [])],
	['a key without a slash', withValue(['entries', 'take-a-course'], { state: 'done', updated: 1 })],
	['a key with capitals', withValue(['entries', 'SWE/step'], { state: 'done', updated: 1 })],
	['a key with two slashes', withValue(['entries', 'a/b/c'], { state: 'done', updated: 1 })],
	['an unknown state', withValue([...entry, 'state'], 'finished')],
	['a state in capitals', withValue([...entry, 'state'], 'Done')],
	['a missing state', withValue([...entry, 'state'], undefined)],
	['a negative time', withValue([...entry, 'updated'], -1)],
	['a fractional time', withValue([...entry, 'updated'], 1.5)],
	['a time as text', withValue([...entry, 'updated'], '2026-01-01')],
	['a time beyond safe integers', withValue([...entry, 'updated'], 2 ** 60)],
	['an extra entry field', withValue([...entry, 'note'], 'hi')],
	['an entry that is null', withValue(entry, null)],
	['an extra top-level field', withValue(['constructor'], {})],
	['a plan that is text', withValue(['plan'], 'swe-to-mle')],
	['a plan id with spaces', withValue(['plan', 0], 'swe to mle')],
	['a plan id that is a number', withValue(['plan', 0], 7)],
	['worksheets missing', withValue(['worksheets'], undefined)],
	['an unknown worksheet', withValue(['worksheets', 'rice'], {})],
	[
		'eleven matrix rows',
		withValue(['worksheets', 'skillsMatrix', 'rows'], Array(11).fill({ name: '', scores: {} })),
	],
	['a name of 81 characters', withValue([...row, 'name'], 'x'.repeat(81))],
	[
		'a name of 80 emoji (80 characters in 160 UTF-16 units)',
		withValue([...row, 'name'], '🙂'.repeat(80)),
	],
	['a name of 81 emoji', withValue([...row, 'name'], '🙂'.repeat(81))],
	['a score of 4', withValue([...row, 'scores', 'ml-engineer'], 4)],
	['a score of 1.5', withValue([...row, 'scores', 'ml-engineer'], 1.5)],
	['a score as text', withValue([...row, 'scores', 'ml-engineer'], '3')],
	['a score for a bad role id', withValue([...row, 'scores', 'ML Engineer'], 3)],
	['a bad skill id', withValue([...row, 'skill'], 'Python!')],
	['a row without scores', withValue([...row, 'scores'], undefined)],
	['a matrix without a time', withValue(['worksheets', 'skillsMatrix', 'updated'], undefined)],
	['version 1 (migrated on reading, never valid as it is)', withValue(['version'], 1)],
	['an unknown skill in known', withValue([...entry, 'known'], ['Python!'])],
	['known that is not a list', withValue([...entry, 'known'], 'python')],
	['a start date in 1999', withValue([...schedule, 'start'], '1999-12-31')],
	['a start date in 2100', withValue([...schedule, 'start'], '2100-01-01')],
	['30 February', withValue([...schedule, 'start'], '2026-02-30')],
	['29 February in a common year', withValue([...schedule, 'start'], '2026-02-29')],
	['31 April', withValue([...schedule, 'start'], '2026-04-31')],
	['a date with a time', withValue([...schedule, 'start'], '2026-03-30T00:00:00Z')],
	['a date as a timestamp', withValue([...schedule, 'start'], 1774828800000)],
	['a pace of zero', withValue([...schedule, 'hoursPerWeek'], 0)],
	['a pace of a million hours', withValue([...schedule, 'hoursPerWeek'], 1_000_000)],
	['a pace of 7.5 hours', withValue([...schedule, 'hoursPerWeek'], 7.5)],
	['a stage of zero weeks', withValue([...schedule, 'weeks', 'practice'], 0)],
	['a stage of 261 weeks', withValue([...schedule, 'weeks', 'practice'], 261)],
	['a schedule under a bad id', withValue(['schedules', 'SWE to MLE'], {})],
	['a schedule without a start', withValue([...schedule, 'start'], undefined)],
	['an extra schedule field', withValue([...schedule, 'timezone'], 'UTC')],
	['a blank note', withValue([...evidence, 'note'], ' \n ')],
	['a note of 501 characters', withValue([...evidence, 'note'], 'x'.repeat(501))],
	['a note of a megabyte', withValue([...evidence, 'note'], 'x'.repeat(1_000_000))],
	['a javascript: link', withValue([...evidence, 'link'], 'javascript:alert(1)')],
	['a link without a host', withValue([...evidence, 'link'], 'https:///path')],
	['a link with a space', withValue([...evidence, 'link'], 'https://example.org/a b')],
	['a file: link', withValue([...evidence, 'link'], 'file:///etc/passwd')],
	[
		'a link of 1001 characters',
		withValue([...evidence, 'link'], `https://e.org/${'a'.repeat(987)}`),
	],
	['evidence for a bad key', withValue([...evidence, 'key'], 'no-slash')],
	['evidence without a date', withValue([...evidence, 'date'], undefined)],
	[
		'201 pieces of evidence',
		withValue(['evidence'], Array(201).fill(fullProgress().evidence?.[0])),
	],
	['a rating of 10', withValue(['ratings', 'skills', 'python'], 10)],
	['a rating of -1', withValue(['ratings', 'skills', 'python'], -1)],
	['ratings without a time', withValue(['ratings', 'updated'], undefined)],
];

describe('the browser checker and Zod agree', () => {
	test.each(cases)('on %s', (_, value) => {
		const zod = ProgressSchema.safeParse(value).success;
		expect(findProblem(schema, value) === undefined).toBe(zod);
	});

	test('the cases cover both answers', () => {
		const accepted = cases.filter(([, value]) => ProgressSchema.safeParse(value).success);
		expect(accepted.length).toBe(12);
	});

	test('keep a __proto__ key out of saved data: the checker refuses it, Zod drops it', () => {
		const value: unknown = JSON.parse(
			'{"format":"ai-career-atlas-progress","version":2,"entries":{"__proto__":{"state":"done","updated":1}},"plan":[],"worksheets":{}}',
		);
		expect(findProblem(schema, value)).toBe(
			'entries › “\u2068__proto__\u2069” is not in the expected form',
		);
		expect(Object.keys(ProgressSchema.parse(value).entries)).toEqual([]);
	});
});

describe('findProblem', () => {
	test('names where the problem is', () => {
		expect(findProblem(schema, withValue([...entry, 'state'], 'finished'))).toBe(
			'entries › “\u2068swe-to-mle/take-a-course\u2069” › state should be one of in-progress, done, skipped',
		);
		expect(findProblem(schema, withValue([...row, 'scores', 'ml-engineer'], 4))).toBe(
			'worksheets › skillsMatrix › rows › item 1 › scores › “\u2068ml-engineer\u2069” should be at most 3',
		);
		expect(findProblem(schema, withValue(['plan'], undefined))).toBe('the document lacks “plan”');
		expect(findProblem(schema, withValue(['extra'], 1))).toBe(
			'the document has an unexpected field “\u2068extra\u2069”',
		);
	});

	test('quotes a key of megabytes as a short excerpt, and answers at once', () => {
		const key = `${'K'.repeat(4_000_000)}/x`;
		const value = { ...fullProgress(), entries: { [key]: { state: 'done', updated: 1 } } };
		const problem = findProblem(schema, value) ?? '';
		expect(problem).toBe(`entries › “\u2068${'K'.repeat(80)}…\u2069” is not in the expected form`);
	});
});

describe('findProblems', () => {
	test('stops checking at its limit, naming only the first few', () => {
		const entries = Object.fromEntries(
			Array.from({ length: 10_000 }, (_, index) => [`p/s${index}`, { state: 'nope', updated: 1 }]),
		);
		const { named, count } = findProblems(schema, { ...fullProgress(), entries }, 100);
		expect(count).toBe(100);
		expect(named).toHaveLength(3);
		expect(named[0]).toBe(
			'entries › “\u2068p/s0\u2069” › state should be one of in-progress, done, skipped',
		);
	});

	test('a veto refuses what the schema alone would accept', () => {
		const { named } = findProblems(schema, fullProgress(), 5, (path, value) =>
			path.at(-1) === 'updated' && value === 4000 ? 'is too late' : undefined,
		);
		expect(named).toEqual(['worksheets › skillsMatrix › updated is too late']);
	});
});

describe('inspect', () => {
	test('keeps the valid parts and sets unknown fields aside, at every level', () => {
		const document = copy(fullProgress()) as unknown as Record<string, unknown>;
		const value = {
			...document,
			notes: 'kept',
			worksheets: { ...(document['worksheets'] as object), rice: { features: [] } },
			entries: {
				'p/ok': { state: 'done', updated: 1, note: 'also kept' },
				'p/bad': { state: 'nope', updated: 1, note: 'dropped with its entry' },
			},
		};
		const problems: string[] = [];
		const kept = inspect(schema, value, { problem: (s) => problems.push(s()), keepUnknown: true });
		expect(kept?.unknown).toEqual([
			{ path: ['entries', 'p/ok', 'note'], value: 'also kept' },
			{ path: ['worksheets', 'rice'], value: { features: [] } },
			{ path: ['notes'], value: 'kept' },
		]);
		expect((kept?.value as { entries: unknown }).entries).toEqual({
			'p/ok': { state: 'done', updated: 1 },
		});
		expect(problems).toEqual([
			'entries › “\u2068p/bad\u2069” › state should be one of in-progress, done, skipped',
		]);
	});
});
