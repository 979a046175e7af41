import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDay } from './calendar-date';
import {
	checkEvidence,
	type EvidenceField,
	type EvidenceInput,
	evidenceFor,
	withEvidence,
	withoutEvidence,
} from './evidence';
import { MAX_EVIDENCE } from './model';
import { emptyProgress, readImport, serialise } from './store';
import { fullProgress } from '../../tests/fixtures/progress';

const TODAY = parseDay('2026-06-15') ?? 0;
const input = (changes: Partial<EvidenceInput> = {}): EvidenceInput => ({
	note: '  A served model with a drift dashboard ',
	link: ' HTTPS://GitHub.com/example/model ',
	date: '2026-06-01',
	...changes,
});

describe('the evidence form', () => {
	test('saves a trimmed note, a normalised link and the date', () => {
		expect(checkEvidence(input(), TODAY, 0)).toEqual({
			ok: true,
			piece: {
				note: 'A served model with a drift dashboard',
				link: 'https://github.com/example/model',
				date: '2026-06-01',
			},
		});
		expect(checkEvidence(input({ link: '', date: '2026-06-15' }), TODAY, 0)).toEqual({
			ok: true,
			piece: { note: 'A served model with a drift dashboard', date: '2026-06-15' },
		});
	});

	const cases: [EvidenceField, Partial<EvidenceInput>, string][] = [
		['note', { note: '   ' }, 'Say in a few words what you made.'],
		['note', { note: 'x'.repeat(501) }, 'Keep the note to 500 characters; this one has 501.'],
		[
			'note',
			{ note: 'x'.repeat(1_000_000) },
			'Keep the note to 500 characters; this one has 1000000.',
		],
		...[
			'javascript:alert(1)',
			'ftp://example.org/',
			'example.org',
			'https://',
			'https://user@evil.example/',
			'data:text/html,hi',
		].map((link): [EvidenceField, Partial<EvidenceInput>, string] => [
			'link',
			{ link },
			'Enter a web address that starts with https:// or http://, or leave it empty.',
		]),
		[
			'link',
			{ link: `https://e.org/${'a'.repeat(1000)}` },
			'Keep the address to 1000 characters, or leave it empty.',
		],
		['date', { date: '' }, 'Choose a date from 1 January 2000 to today.'],
		['date', { date: '2026-06-16' }, 'Choose a date from 1 January 2000 to today.'],
		['date', { date: '1999-12-31' }, 'Choose a date from 1 January 2000 to today.'],
		['date', { date: '2026-02-30' }, 'Choose a date from 1 January 2000 to today.'],
	];
	test.each(cases)('refuses a bad %s with a message for that field', (field, changes, message) => {
		expect(checkEvidence(input(changes), TODAY, 0)).toEqual({
			ok: false,
			errors: { [field]: message },
		});
	});

	test('refuses a piece when the log is full', () => {
		expect(checkEvidence(input(), TODAY, MAX_EVIDENCE)).toEqual({
			ok: false,
			errors: { note: 'Your evidence log is full (200 pieces); remove one to add another.' },
		});
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
					const check = checkEvidence({ note, link, date }, day, 0);
					if (!check.ok) return;
					accepted += 1;
					const saved = withEvidence(emptyProgress(), 'p/s', check.piece, 1);
					expect(readImport(serialise(saved)).ok).toBe(true);
				},
			),
			{ numRuns: 500 },
		);
		expect(accepted).toBeGreaterThan(100);
	});
});

describe('the evidence log', () => {
	test('adds pieces for an item, lists them by date, removes one', () => {
		let progress = withEvidence(emptyProgress(), 'p/s', { note: 'Later', date: '2026-05-02' }, 10);
		progress = withEvidence(progress, 'p/s', { note: 'Earlier', date: '2026-05-01' }, 10);
		progress = withEvidence(progress, 'p/t', { note: 'Other', date: '2026-05-01' }, 10);
		const pieces = evidenceFor(progress, 'p/s');
		expect(pieces.map((piece) => [piece.note, piece.added])).toEqual([
			['Earlier', 11],
			['Later', 10],
		]);
		progress = withoutEvidence(progress, 'p/s', 10);
		expect(evidenceFor(progress, 'p/s').map((piece) => piece.note)).toEqual(['Earlier']);
		expect(evidenceFor(progress, 'p/t')).toHaveLength(1);
	});

	test('the full fixture reads its own pieces', () => {
		expect(evidenceFor(fullProgress(), 'exercise/map-your-skills')).toHaveLength(1);
	});
});
