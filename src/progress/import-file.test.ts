import { describe, expect, test } from 'vitest';
import { describeContents, merge, readImport } from './import-file';
import {
	emptyProgress,
	FUTURE_LIMIT_MS,
	serialise,
	withMatrix,
	withPlanned,
	withState,
} from './store';
import { fullProgress } from '../../tests/fixtures/progress';

const NOW = 10_000_000;

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
			'This progress file is damaged: entries › “\u2068swe-to-mle/build-a-project\u2069” › state should be one of in-progress, done, skipped.',
		],
		[
			'an unexpected field',
			JSON.stringify({ ...fullProgress(), extra: 1 }),
			'damaged: the document has an unexpected field “\u2068extra\u2069”',
		],
		[
			'a version of 900 KB',
			JSON.stringify({ ...fullProgress(), version: 'v'.repeat(900_000) }),
			`old or unknown format (“\u2068${'v'.repeat(30)}…\u2069”)`,
		],
		[
			'a time far in the future',
			JSON.stringify({
				...fullProgress(),
				entries: { 'p/a': { state: 'done', updated: NOW + FUTURE_LIMIT_MS + 1 } },
			}),
			'damaged: entries › “\u2068p/a\u2069” › updated is a time more than a day in the future.',
		],
	])('refuses %s with a clear message', (_, text, message) => {
		const result = readImport(text, NOW);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.error).toContain(message);
	});

	test('accepts a valid file whole', () => {
		expect(readImport(serialise(fullProgress()))).toEqual({ ok: true, progress: fullProgress() });
	});

	test('a file damaged everywhere gets a short reason, and checking stops early', () => {
		const value = 'x'.repeat(900_000);
		const entries = Object.fromEntries(
			Array.from({ length: 2000 }, (_, index) => [`p/s${index}`, { state: 'nope', updated: 1 }]),
		);
		const file = {
			format: 'ai-career-atlas-progress',
			version: 1,
			[value]: value,
			entries,
			plan: [],
			worksheets: {},
		};
		const result = readImport(JSON.stringify(file), NOW);
		const error = result.ok ? '' : result.error;
		expect(error.length).toBeLessThan(500);
		expect(error).toContain(
			`the document has an unexpected field “\u2068${'x'.repeat(80)}…\u2069”`,
		);
		expect(error).toMatch(/ and 97 more \(checking stopped there\)\.$/);
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

describe('describeContents', () => {
	test('names what a document holds, and leaves out what is empty', () => {
		expect(describeContents(fullProgress())).toBe(
			'5 saved states, 2 pathways in your plan, 1 dated plan, 2 pieces of evidence and your skills matrix',
		);
		expect(describeContents({ ...emptyProgress(), plan: ['a'] })).toBe(
			'0 saved states and 1 pathway in your plan',
		);
		expect(describeContents(emptyProgress())).toBe('0 saved states');
	});
});
