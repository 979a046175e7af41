import { describe, expect, test } from 'vitest';
import { readImport } from './import-file';
import { PROGRESS_VERSION } from './model';
import { ProgressSchema } from './schema';
import {
	describeSaved,
	emptyProgress,
	FUTURE_LIMIT_MS,
	NOTHING_PRESERVED,
	readSaved,
	salvage,
	serialise,
	withMatrix,
	withPlanned,
	withPlannedEarlier,
	withoutPlanned,
	withState,
} from './store';
import { copy, fullProgress } from '../../tests/fixtures/progress';

const NOW = 10_000_000;
const read = (raw: string | null) => readSaved(raw, NOW);
const problemOf = (raw: string | null) => describeSaved(read(raw));

describe('readSaved', () => {
	test('nothing saved yet is an empty document without a problem', () => {
		expect(read(null)).toEqual({
			progress: emptyProgress(),
			preserved: NOTHING_PRESERVED,
			unread: undefined,
			parsed: true,
		});
		expect(problemOf(null)).toBeUndefined();
	});

	test('reads back what was saved', () => {
		const saved = read(serialise(fullProgress()));
		expect(saved.unread).toBeUndefined();
		expect(saved.progress).toEqual(fullProgress());
	});

	test.each([
		['an empty string', ''],
		['a cut-off document', serialise(fullProgress()).slice(0, 80)],
		['plain text', 'hello'],
		['an unquoted word', 'undefined'],
		['a stray NaN', '{"format":"ai-career-atlas-progress","version":NaN}'],
	])('gives up on %s with a problem and an empty document', (_, raw) => {
		const saved = read(raw);
		expect(saved.progress).toEqual(emptyProgress());
		expect(saved.parsed).toBe(false);
		expect(problemOf(raw)).toMatch(/not readable .* the original is kept in this browser/);
	});

	test.each([
		['null', 'null'],
		['a number', '42'],
		['a string', '"progress"'],
		['a list', '[1, 2]'],
		['an empty object', '{}'],
		['a foreign object', '{"theme":"dark","visits":3}'],
		['entries as a list', '{"entries":[{"state":"done"}]}'],
	])('salvages nothing from %s, and says so', (_, raw) => {
		const saved = read(raw);
		expect(saved.progress).toEqual(emptyProgress());
		expect(problemOf(raw)).toMatch(/could not be read: .*0 saved states were kept/);
	});

	test('keeps every valid entry of a damaged document and names what was wrong', () => {
		const damaged = {
			...fullProgress(),
			entries: {
				...fullProgress().entries,
				'swe-to-mle/bad-state': { state: 'finished', updated: 1 },
				'Not A Key': { state: 'done', updated: 1 },
				'swe-to-mle/no-time': { state: 'done' },
			},
			plan: ['swe-to-mle', 'swe-to-mle', 'Bad Id', 7, 'analytics-to-data-scientist'],
		};
		const saved = read(JSON.stringify(damaged));
		expect(saved.progress).toEqual(fullProgress());
		expect(saved.unread).toBe(
			'entries › “\u2068swe-to-mle/bad-state\u2069” › state should be one of in-progress, done, skipped; entries › “\u2068Not A Key\u2069” is not in the expected form; entries › “\u2068swe-to-mle/no-time\u2069” lacks “updated” and 2 more',
		);
		expect(problemOf(JSON.stringify(damaged))).toMatch(
			/^Part of your saved progress could not be read: entries › .* and 2 more\. 5 saved states were kept, and the original is kept in this browser until you download it or reset\.$/,
		);
	});

	test('a document of a newer version keeps its version and every field, and says so', () => {
		const future = {
			...copy(fullProgress()),
			version: 3,
			notes: { 'swe-to-mle': 'Ask Sam about the course' },
			worksheets: { ...copy(fullProgress()).worksheets, rice: { features: [{ name: 'Search' }] } },
		};
		const raw = JSON.stringify(future);
		const saved = read(raw);
		expect(saved.progress).toEqual(fullProgress());
		expect(saved.unread).toBeUndefined();
		expect(saved.preserved.version).toBe(3);
		expect(problemOf(raw)).toMatch(/saved by a newer version of this site \(format 3\)/);
		const written = JSON.parse(
			serialise(withState(saved.progress, 'p/new', 'done', NOW), saved.preserved),
		);
		expect(written.version).toBe(3);
		expect(written.notes).toEqual(future.notes);
		expect(written.worksheets.rice).toEqual(future.worksheets.rice);
		expect(written.entries['p/new']).toEqual({ state: 'done', updated: NOW });
	});

	test('fields this version does not know are written back where they were', () => {
		const raw = JSON.stringify({
			...copy(fullProgress()),
			extra: [1, 2],
			entries: { 'p/a': { state: 'done', updated: 5, note: 'mine' } },
		});
		const saved = read(raw);
		expect(saved.unread).toBeUndefined();
		expect(problemOf(raw)).toBeUndefined();
		const again = JSON.parse(serialise(saved.progress, saved.preserved));
		expect(again.extra).toEqual([1, 2]);
		expect(again.entries['p/a']).toEqual({ state: 'done', updated: 5, note: 'mine' });
		const cleared = JSON.parse(
			serialise(withState(saved.progress, 'p/a', undefined, NOW), saved.preserved),
		);
		expect(cleared.entries).toEqual({});
	});

	test('a bad matrix row or cell is dropped alone and named; the valid rows stay', () => {
		const rows = [
			{ name: 'Python', skill: 'python', scores: { 'ml-engineer': 4, 'data-scientist': 2 } },
			{ name: 'x'.repeat(81), scores: { 'ml-engineer': 1 } },
			...Array.from({ length: 10 }, (_, index) => ({ name: `Skill ${index}`, scores: {} })),
		];
		const raw = JSON.stringify({
			...fullProgress(),
			worksheets: { skillsMatrix: { rows, updated: 4000 } },
		});
		const saved = read(raw);
		expect(saved.progress.worksheets.skillsMatrix?.rows).toEqual([
			{ name: 'Python', skill: 'python', scores: { 'data-scientist': 2 } },
			...rows.slice(2, 11),
		]);
		expect(saved.progress.entries).toEqual(fullProgress().entries);
		expect(saved.unread).toBe(
			'worksheets › skillsMatrix › rows › item 1 › scores › “\u2068ml-engineer\u2069” should be at most 3; worksheets › skillsMatrix › rows › item 2 › name is longer than 80 characters; worksheets › skillsMatrix › rows has more than 10 items',
		);
	});

	test('a time more than a day ahead is refused; one within the day is kept', () => {
		const entries = {
			'p/soon': { state: 'done', updated: NOW + FUTURE_LIMIT_MS },
			'p/forever': { state: 'done', updated: NOW + FUTURE_LIMIT_MS + 1 },
		};
		const saved = read(JSON.stringify({ ...emptyProgress(), entries }));
		expect(Object.keys(saved.progress.entries)).toEqual(['p/soon']);
		expect(saved.unread).toBe(
			'entries › “\u2068p/forever\u2069” › updated is a time more than a day in the future',
		);
		const matrix = { rows: [], updated: NOW + 2 * FUTURE_LIMIT_MS };
		expect(
			read(JSON.stringify({ ...emptyProgress(), worksheets: { skillsMatrix: matrix } })).progress
				.worksheets,
		).toEqual({});
	});

	test('a key of megabytes costs a short message, and is not kept', () => {
		const key = 'K'.repeat(4_000_000);
		const raw = JSON.stringify({
			...fullProgress(),
			entries: { [key]: { state: 'done', updated: 1 } },
		});
		const problem = problemOf(raw) ?? '';
		expect(problem.length).toBeLessThan(300);
		expect(problem).toContain(`“\u2068${'K'.repeat(80)}…\u2069”`);
		expect(read(raw).progress.entries).toEqual({});
	});

	test('thousands of bad entries are counted, and three named', () => {
		const entries = Object.fromEntries(
			Array.from({ length: 5000 }, (_, index) => [`p/s${index}`, { state: 'nope', updated: 1 }]),
		);
		const unread = read(JSON.stringify({ ...emptyProgress(), entries })).unread ?? '';
		expect(unread).toMatch(/ and 4997 more$/);
		expect(unread.length).toBeLessThan(300);
	});

	test('a __proto__ entry neither survives nor pollutes objects', () => {
		const raw =
			'{"format":"ai-career-atlas-progress","version":1,"entries":{"__proto__":{"state":"done","updated":1},"a/b":{"state":"done","updated":1}},"plan":[],"worksheets":{},"__proto__":{"polluted":true}}';
		const saved = read(raw);
		expect(Object.keys(saved.progress.entries)).toEqual(['a/b']);
		expect(({} as Record<string, unknown>)['state']).toBeUndefined();
		const written = serialise(saved.progress, saved.preserved);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(written).toContain('"__proto__": {\n\t\t"polluted": true\n\t}');
	});

	test('a saved plan with repeats is read without them', () => {
		const repeated = { ...fullProgress(), plan: ['a', 'b', 'a'] };
		expect(read(JSON.stringify(repeated)).progress.plan).toEqual(['a', 'b']);
	});
});

describe('describeSaved', () => {
	test('after a change, names what was kept aside', () => {
		const aside = read('{"entries":{"a/b":{"state":"nope","updated":1}}}');
		expect(describeSaved(read(serialise(fullProgress())), aside)).toBe(
			`Part of your saved progress could not be read earlier (it was not saved by this site; its format version is not ${PROGRESS_VERSION}; entries › “\u2068a/b\u2069” › state should be one of in-progress, done, skipped and 2 more); the original is kept in this browser until you download it or reset.`,
		);
	});
});

describe('salvage', () => {
	test('whatever it is given, the result is a valid document', () => {
		const inputs: unknown[] = [
			undefined,
			true,
			{ entries: { 'a/b': 'done' } },
			{ worksheets: [] },
			{ worksheets: { skillsMatrix: { rows: 'x' } } },
			{ plan: [null, {}, 'fine-id'] },
		];
		for (const input of inputs) {
			expect(ProgressSchema.safeParse(salvage(input).progress).success).toBe(true);
		}
		expect(salvage({ plan: [null, {}, 'fine-id'] }).progress.plan).toEqual(['fine-id']);
	});
});

describe('serialise', () => {
	test('an export imported and exported again is identical, byte for byte', () => {
		const first = serialise(fullProgress());
		const imported = readImport(first);
		expect(imported.ok).toBe(true);
		if (imported.ok) expect(serialise(imported.progress)).toBe(first);
		const saved = readSaved(first);
		expect(serialise(saved.progress, saved.preserved)).toBe(first);
	});

	test('the same progress gives the same text whatever order entries were set in', () => {
		const a = withState(withState(emptyProgress(), 'p/one', 'done', 1), 'p/two', 'done', 2);
		const b = withState(withState(emptyProgress(), 'p/two', 'done', 2), 'p/one', 'done', 1);
		expect(serialise(a)).toBe(serialise(b));
		expect(serialise(a).indexOf('p/one')).toBeLessThan(serialise(a).indexOf('p/two'));
	});
});

describe('changes', () => {
	test('setting a state records when; clearing it removes the entry', () => {
		const set = withState(emptyProgress(), 'p/a', 'done', 42);
		expect(set.entries).toEqual({ 'p/a': { state: 'done', updated: 42 } });
		expect(withState(set, 'p/a', undefined, 43).entries).toEqual({});
	});

	test('changes never modify the document they are given', () => {
		const original = fullProgress();
		withState(original, 'swe-to-mle/take-a-course', undefined, 1);
		withPlanned(original, 'new');
		withPlannedEarlier(original, 'analytics-to-data-scientist');
		withMatrix(original, [], 1);
		expect(original).toEqual(fullProgress());
	});

	test('the plan: add once, move earlier, remove', () => {
		let progress = withPlanned(withPlanned(withPlanned(emptyProgress(), 'a'), 'b'), 'a');
		expect(progress.plan).toEqual(['a', 'b']);
		progress = withPlanned(progress, 'c');
		expect(withPlannedEarlier(progress, 'c').plan).toEqual(['a', 'c', 'b']);
		expect(withPlannedEarlier(progress, 'a').plan).toEqual(['a', 'b', 'c']);
		expect(withPlannedEarlier(progress, 'missing').plan).toEqual(['a', 'b', 'c']);
		expect(withoutPlanned(progress, 'b').plan).toEqual(['a', 'c']);
	});
});
