import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { migrate } from './migrate';
import { PROGRESS_VERSION } from './model';
import { readImport } from './import-file';
import { readSaved, serialise } from './store';

/**
 * `progress-v1.txt` is byte for byte what the release before dated plans saved in localStorage
 * and exported (written by its `serialise`): steps, an exercise, a retired step, a plan and a
 * skills matrix.
 */
const savedByVersion1 = readFileSync(
	new URL('../../tests/fixtures/progress-v1.txt', import.meta.url),
	'utf8',
);
const version1: Record<string, unknown> = JSON.parse(savedByVersion1);

describe('a document saved by version 1', () => {
	test('is read from localStorage without a problem, every part kept', () => {
		const { progress, unread } = readSaved(savedByVersion1);
		expect(unread).toBeUndefined();
		expect(progress).toEqual({ ...version1, version: PROGRESS_VERSION });
	});

	test('is imported as it is, every part kept', () => {
		const result = readImport(savedByVersion1);
		expect(result).toEqual({ ok: true, progress: { ...version1, version: PROGRESS_VERSION } });
	});

	test('is saved back in the current format, differing only in its version', () => {
		const { progress } = readSaved(savedByVersion1);
		expect(serialise(progress)).toBe(
			savedByVersion1.replace('"version": 1,', `"version": ${PROGRESS_VERSION},`),
		);
	});
});

describe('migrate', () => {
	test('leaves a current document alone, the very same object', () => {
		const current = { ...version1, version: PROGRESS_VERSION };
		expect(migrate(current)).toBe(current);
	});

	test.each([
		['another format', { ...version1, format: 'roadmap-sh' }],
		['a newer version', { ...version1, version: PROGRESS_VERSION + 1 }],
		['version 1 as text', { ...version1, version: '1' }],
		['a list', [version1]],
		['null', null],
	])('leaves %s for the checks to refuse', (_, value) => {
		expect(migrate(value)).toBe(value);
	});

	test('keeps the damaged parts of a version 1 document for salvage to judge', () => {
		const damaged = { ...version1, plan: 'oops' };
		expect(migrate(damaged)).toEqual({ ...damaged, version: PROGRESS_VERSION });
		const { progress, unread } = readSaved(JSON.stringify(damaged));
		expect(unread).toMatch(/plan should be a list/);
		expect(progress.entries).toEqual(version1['entries']);
	});
});
