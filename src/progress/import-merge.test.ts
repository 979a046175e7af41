import { describe, expect, test } from 'vitest';
import { MAX_EVIDENCE } from './model';
import { describeContents, merge, readImport, tooMuchEvidence } from './import-file';
import type { Evidence, Progress } from './schema';
import { emptyProgress, readSaved, salvage, serialise } from './store';
import { copy, fullProgress } from '../../tests/fixtures/progress';

const piece = (added: number, key = 'swe-to-mle/build-a-project'): Evidence => ({
	key,
	note: `Piece ${added}`,
	date: '2026-05-01',
	added,
});

describe('dated plans, evidence and ratings survive damage', () => {
	test('a damaged document keeps each valid schedule, piece of evidence and the ratings', () => {
		const damaged = {
			...copy(fullProgress()),
			plan: 'oops',
			schedules: {
				...fullProgress().schedules,
				'Bad Id': fullProgress().schedules?.['swe-to-mle'],
				'analytics-to-ds': { start: '2026-02-30', hoursPerWeek: 10, weeks: {}, updated: 1 },
			},
			evidence: [...(fullProgress().evidence ?? []), { ...piece(9), link: 'javascript:alert(1)' }],
		};
		const { progress, unread } = readSaved(JSON.stringify(damaged));
		expect(unread).toMatch(/plan should be a list/);
		expect(unread).toMatch(/ and 1 more$/);
		// The hostile link is dropped; the piece's note and date are kept.
		const evidence = [...(fullProgress().evidence ?? []), piece(9)];
		expect(progress).toEqual({ ...fullProgress(), plan: [], evidence });
	});

	test('parts that are not the right shape at all are dropped, and the rest is valid', () => {
		const salvaged = salvage({ schedules: [], evidence: {}, ratings: { skills: 'python' } });
		expect(salvaged.progress).toEqual(emptyProgress());
	});

	test('an evidence log over the limit keeps its first pieces', () => {
		const many = Array.from({ length: MAX_EVIDENCE + 5 }, (_, index) => piece(index));
		expect(salvage({ evidence: many }).progress.evidence).toEqual(many.slice(0, MAX_EVIDENCE));
	});
});

describe('merging an import', () => {
	const base = (): Progress => ({ ...emptyProgress(), ...copy(fullProgress()) });

	test('for each pathway the more recently changed dates win', () => {
		const incoming: Progress = {
			...emptyProgress(),
			schedules: {
				'swe-to-mle': { start: '2027-01-04', hoursPerWeek: 20, weeks: {}, updated: 9000 },
				'analytics-to-ds': { start: '2027-02-01', hoursPerWeek: 5, weeks: {}, updated: 1 },
			},
		};
		const merged = merge(base(), incoming);
		expect(merged.schedules).toEqual(incoming.schedules);
		const older = merge(incoming, base());
		expect(older.schedules?.['swe-to-mle']?.start).toBe('2027-01-04');
		const stale = {
			...incoming,
			schedules: { 'swe-to-mle': { ...fullProgress().schedules!['swe-to-mle']!, updated: 1 } },
		};
		expect(merge(base(), stale).schedules).toEqual(fullProgress().schedules);
	});

	test('evidence gains what it lacks, after what is here, each piece once', () => {
		const incoming: Progress = {
			...emptyProgress(),
			evidence: [piece(7000, 'exercise/map-your-skills'), piece(9000)],
		};
		const here = fullProgress().evidence ?? [];
		expect(merge(base(), incoming).evidence).toEqual([...here, piece(9000)]);
		expect(merge(base(), base()).evidence).toEqual(here);
	});

	test('the more recently saved ratings win', () => {
		const newer = { skills: { sql: 3 }, updated: 9000 };
		expect(merge(base(), { ...emptyProgress(), ratings: newer }).ratings).toEqual(newer);
		expect(
			merge(base(), { ...emptyProgress(), ratings: { ...newer, updated: 1 } }).ratings,
		).toEqual(fullProgress().ratings);
		expect(merge(emptyProgress(), base()).ratings).toEqual(fullProgress().ratings);
	});

	test('merging nothing into nothing adds no empty parts', () => {
		expect(merge(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
	});

	test('a merge that would overfill the evidence log is detected before saving', () => {
		const full = {
			...emptyProgress(),
			evidence: Array.from({ length: MAX_EVIDENCE }, (_, i) => piece(i)),
		};
		expect(tooMuchEvidence(full)).toBe(false);
		const merged = merge(full, { ...emptyProgress(), evidence: [piece(MAX_EVIDENCE)] });
		expect(tooMuchEvidence(merged)).toBe(true);
	});

	test('an export of everything imports back to the same document', () => {
		expect(readImport(serialise(fullProgress()))).toEqual({ ok: true, progress: fullProgress() });
	});
});

describe('describeContents', () => {
	test('names everything a document holds', () => {
		expect(describeContents(fullProgress())).toBe(
			'5 saved states, 2 pathways in your plan, 1 dated plan, 2 pieces of evidence and your skills matrix',
		);
	});

	test('leaves out what is empty', () => {
		expect(describeContents({ ...emptyProgress(), plan: ['a'] })).toBe(
			'0 saved states and 1 pathway in your plan',
		);
		expect(describeContents(emptyProgress())).toBe('0 saved states');
	});
});
