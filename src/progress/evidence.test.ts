import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDay } from './calendar-date';
import { evidenceCount, type EvidenceInput, readEvidence, withEvidence } from './evidence';
import { MAX_EVIDENCE } from './model';
import { readImport } from './import-file';
import { emptyProgress, serialise } from './store';
import { fullProgress } from '../../tests/fixtures/progress';

const TODAY = parseDay('2026-06-15') ?? 0;
const input = (changes: Partial<EvidenceInput> = {}): EvidenceInput => ({
	note: '  A served model with a drift dashboard ',
	link: ' HTTPS://GitHub.com/example/model ',
	date: '2026-06-01',
	...changes,
});

describe('the evidence form', () => {
	test('saves a trimmed note, the link as a browser opens it, and the date', () => {
		expect(readEvidence(input(), TODAY, 0)).toEqual({
			piece: {
				note: 'A served model with a drift dashboard',
				link: 'https://github.com/example/model',
				date: '2026-06-01',
			},
			invalid: [],
			full: false,
		});
		expect(readEvidence(input({ link: ' ', date: '2026-06-15' }), TODAY, 0)).toEqual({
			piece: { note: 'A served model with a drift dashboard', date: '2026-06-15' },
			invalid: [],
			full: false,
		});
	});

	const cases: [string, Partial<EvidenceInput>, string[]][] = [
		['a blank note', { note: '   ' }, ['note']],
		['a note of 501 characters', { note: 'x'.repeat(501) }, ['note']],
		['a note of a megabyte', { note: 'x'.repeat(1_000_000) }, ['note']],
		...[
			'javascript:alert(1)',
			'ftp://example.org/',
			'example.org',
			'https://',
			'https://user@evil.example/',
			'data:text/html,hi',
			`https://e.org/${'a'.repeat(1000)}`,
		].map((link): [string, Partial<EvidenceInput>, string[]] => [
			`the link ${link.slice(0, 30)}`,
			{ link },
			['link'],
		]),
		['no date', { date: '' }, ['date']],
		['a date after today', { date: '2026-06-16' }, ['date']],
		['a date in 1999', { date: '1999-12-31' }, ['date']],
		['30 February', { date: '2026-02-30' }, ['date']],
		['everything wrong', { note: '', link: 'nope', date: '' }, ['note', 'link', 'date']],
	];
	test.each(cases)('refuses %s, naming the field', (_, changes, fields) => {
		expect(readEvidence(input(changes), TODAY, 0).invalid).toEqual(fields);
	});

	test('says when the log is full', () => {
		expect(readEvidence(input(), TODAY, MAX_EVIDENCE - 1).full).toBe(false);
		expect(readEvidence(input(), TODAY, MAX_EVIDENCE).full).toBe(true);
	});

	test('whatever it accepts, an export of it imports again', () => {
		let accepted = 0;
		fc.assert(
			fc.property(
				fc.string({ maxLength: 600, unit: 'grapheme' }),
				fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()),
				fc.integer({ min: 10_000, max: 50_000 }),
				(note, link, day) => {
					const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
					const { piece, invalid } = readEvidence({ note, link, date }, day, 0);
					if (invalid.length > 0) return;
					accepted += 1;
					const saved = withEvidence(emptyProgress(), 'p/s', piece, 1);
					expect(readImport(serialise(saved)).ok).toBe(true);
				},
			),
			{ numRuns: 500 },
		);
		expect(accepted).toBeGreaterThan(100);
	});
});

describe('recording evidence', () => {
	test('adds pieces for an item, each unique, and counts them', () => {
		let progress = withEvidence(emptyProgress(), 'p/s', { note: 'Later', date: '2026-05-02' }, 10);
		progress = withEvidence(progress, 'p/s', { note: 'Earlier', date: '2026-05-01' }, 10);
		progress = withEvidence(progress, 'p/t', { note: 'Other', date: '2026-05-01' }, 10);
		expect(progress.evidence?.map((piece) => [piece.key, piece.added])).toEqual([
			['p/s', 10],
			['p/s', 11],
			['p/t', 10],
		]);
		expect(evidenceCount(progress, 'p/s')).toBe(2);
		expect(evidenceCount(progress, 'p/u')).toBe(0);
		expect(evidenceCount(fullProgress(), 'exercise/map-your-skills')).toBe(1);
	});
});
