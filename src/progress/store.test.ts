import { describe, expect, test } from 'vitest';
import { ProgressSchema } from './schema';
import {
	emptyProgress,
	merge,
	readImport,
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

describe('readSaved', () => {
	test('nothing saved yet is an empty document without a problem', () => {
		expect(readSaved(null)).toEqual({ progress: emptyProgress(), problem: undefined });
	});

	test('reads back what was saved', () => {
		const saved = readSaved(serialise(fullProgress()));
		expect(saved.problem).toBeUndefined();
		expect(saved.progress).toEqual(fullProgress());
	});

	test.each([
		['an empty string', ''],
		['a cut-off document', serialise(fullProgress()).slice(0, 80)],
		['plain text', 'hello'],
		['an unquoted word', 'undefined'],
		['a stray NaN', '{"format":"ai-career-atlas-progress","version":NaN}'],
	])('gives up on %s with a problem and an empty document', (_, raw) => {
		const saved = readSaved(raw);
		expect(saved.progress).toEqual(emptyProgress());
		expect(saved.problem).toMatch(/not readable/);
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
		const saved = readSaved(raw);
		expect(saved.progress).toEqual(emptyProgress());
		expect(saved.problem).toMatch(/could not be read .*0 saved states were kept/);
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
		const saved = readSaved(JSON.stringify(damaged));
		expect(saved.progress).toEqual(fullProgress());
		expect(saved.problem).toMatch(/^Part of your saved progress could not be read \(entries › /);
		expect(saved.problem).toMatch(/5 saved states were kept\.$/);
	});

	test('keeps the valid entries of a document of another version', () => {
		const future = { ...copy(fullProgress()), version: 3, shinyNewField: true };
		const saved = readSaved(JSON.stringify(future));
		expect(saved.progress).toEqual(fullProgress());
		expect(saved.problem).toMatch(/version should be 2/);
	});

	test('drops a broken matrix whole but keeps the rest', () => {
		const broken = copy(fullProgress());
		const value = JSON.parse(JSON.stringify(broken).replace('"ml-engineer":3', '"ml-engineer":9'));
		const saved = readSaved(JSON.stringify(value));
		expect(saved.progress.worksheets).toEqual({});
		expect(saved.progress.entries).toEqual(fullProgress().entries);
	});

	test('a __proto__ entry neither survives nor pollutes objects', () => {
		const raw =
			'{"format":"ai-career-atlas-progress","version":1,"entries":{"__proto__":{"state":"done","updated":1},"a/b":{"state":"done","updated":1}},"plan":[],"worksheets":{}}';
		const saved = readSaved(raw);
		expect(Object.keys(saved.progress.entries)).toEqual(['a/b']);
		expect(({} as Record<string, unknown>)['state']).toBeUndefined();
	});

	test('a saved plan with repeats is read without them', () => {
		const repeated = { ...fullProgress(), plan: ['a', 'b', 'a'] };
		expect(readSaved(JSON.stringify(repeated)).progress.plan).toEqual(['a', 'b']);
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
		for (const input of inputs) expect(ProgressSchema.safeParse(salvage(input)).success).toBe(true);
		expect(salvage({ plan: [null, {}, 'fine-id'] }).plan).toEqual(['fine-id']);
	});
});

describe('readImport', () => {
	test.each([
		['not JSON', 'not json at all', 'This file is not valid JSON'],
		['an empty file', '', 'This file is not valid JSON'],
		['a JSON list', '[]', 'This is not an AI Career Atlas progress file.'],
		['another site’s file', '{"progress":{"html":"done"}}', 'not an AI Career Atlas'],
		[
			'an older format',
			JSON.stringify({ ...fullProgress(), version: 0 }),
			'This file uses an old or unknown format (0)',
		],
		[
			'a file without a version',
			JSON.stringify({ ...fullProgress(), version: undefined }),
			'old or unknown format (none)',
		],
		[
			'a newer format',
			JSON.stringify({ ...fullProgress(), version: 3 }),
			'exported by a newer version of the site (format 3)',
		],
		[
			'a damaged entry',
			serialise(fullProgress()).replace('"in-progress"', '"half-done"'),
			'This progress file is damaged: entries › swe-to-mle/build-a-project › state should be one of in-progress, done, skipped.',
		],
		[
			'an unexpected field',
			JSON.stringify({ ...fullProgress(), extra: 1 }),
			'damaged: the document has an unexpected field “extra”',
		],
	])('refuses %s with a clear message', (_, text, message) => {
		const result = readImport(text);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.error).toContain(message);
	});

	test('accepts a valid file whole', () => {
		expect(readImport(serialise(fullProgress()))).toEqual({ ok: true, progress: fullProgress() });
	});
});

describe('serialise', () => {
	test('an export imported and exported again is identical, byte for byte', () => {
		const first = serialise(fullProgress());
		const imported = readImport(first);
		expect(imported.ok).toBe(true);
		if (imported.ok) expect(serialise(imported.progress)).toBe(first);
		const saved = readSaved(first);
		expect(serialise(saved.progress)).toBe(first);
	});

	test('the same progress gives the same text whatever order entries were set in', () => {
		const a = withState(withState(emptyProgress(), 'p/one', 'done', 1), 'p/two', 'done', 2);
		const b = withState(withState(emptyProgress(), 'p/two', 'done', 2), 'p/one', 'done', 1);
		expect(serialise(a)).toBe(serialise(b));
		expect(serialise(a).indexOf('p/one')).toBeLessThan(serialise(a).indexOf('p/two'));
	});
});

describe('merge', () => {
	const current = withPlanned(
		withState(withState(emptyProgress(), 'p/a', 'done', 10), 'p/b', 'in-progress', 10),
		'first',
	);

	test('the more recent state of each step wins, and new steps are added', () => {
		const incoming = withState(
			withState(withState(emptyProgress(), 'p/a', 'skipped', 5), 'p/b', 'done', 20),
			'p/c',
			'done',
			1,
		);
		expect(merge(current, incoming).entries).toEqual({
			'p/a': { state: 'done', updated: 10 },
			'p/b': { state: 'done', updated: 20 },
			'p/c': { state: 'done', updated: 1 },
		});
	});

	test('on a tie the current state stays', () => {
		const incoming = withState(emptyProgress(), 'p/a', 'skipped', 10);
		expect(merge(current, incoming).entries['p/a']?.state).toBe('done');
	});

	test('the plan keeps its order and gains the imported pathways after it', () => {
		const incoming = withPlanned(withPlanned(emptyProgress(), 'second'), 'first');
		expect(merge(current, incoming).plan).toEqual(['first', 'second']);
	});

	test('the newer matrix wins; a missing one never erases a saved one', () => {
		const older = withMatrix(emptyProgress(), [{ name: 'Old', scores: {} }], 1);
		const newer = withMatrix(emptyProgress(), [{ name: 'New', scores: {} }], 2);
		expect(merge(older, newer).worksheets.skillsMatrix?.rows[0]?.name).toBe('New');
		expect(merge(newer, older).worksheets.skillsMatrix?.rows[0]?.name).toBe('New');
		expect(merge(newer, emptyProgress()).worksheets).toEqual(newer.worksheets);
	});

	test('merging a document into itself changes nothing', () => {
		expect(merge(fullProgress(), fullProgress())).toEqual(fullProgress());
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
