import { describe, expect, test } from 'vitest';
import type { MatrixRow } from '../progress/schema';
import {
	columnTotals,
	editedRows,
	isEmptyRow,
	type MatrixEdit,
	matrixCsv,
	recommenderHref,
	topFits,
	trimRows,
	visibleCards,
} from './skills-matrix';
import { MAX_SKILLS } from '../progress/model';

const roles = [
	{ id: 'ml-engineer', title: 'ML Engineer' },
	{ id: 'data-scientist', title: 'Data Scientist' },
	{ id: 'ai-product-manager', title: 'AI Product Manager' },
	{ id: 'prompt-engineer', title: 'Prompt Engineer' },
];
const skills = [
	{ id: 'python', title: 'Python' },
	{ id: 'sql', title: 'SQL' },
];
const rows: MatrixRow[] = [
	{ name: 'Python', skill: 'python', scores: { 'ml-engineer': 3, 'data-scientist': 3 } },
	{ name: 'SQL', skill: 'sql', scores: { 'data-scientist': 3, 'ml-engineer': 1 } },
	{ name: 'Writing', scores: { 'ai-product-manager': 2, 'retired-role': 3 } },
	{ name: '', scores: {} },
];

describe('visibleCards', () => {
	test('shows the first card when nothing is saved, then one empty card after the last in use', () => {
		expect(visibleCards([])).toBe(1);
		expect(visibleCards(rows)).toBe(4);
		expect(
			visibleCards([
				{ name: '', scores: {} },
				{ name: 'SQL', scores: {} },
			]),
		).toBe(3);
	});

	test('never shows more cards than the matrix has', () => {
		const full = Array.from({ length: MAX_SKILLS }, (_, n) => ({ name: `Skill ${n}`, scores: {} }));
		expect(visibleCards(full)).toBe(MAX_SKILLS);
	});
});

describe('columnTotals', () => {
	test('sums each role’s column, ignoring scores for roles no longer on the site', () => {
		expect(columnTotals(rows, roles).map((t) => t.total)).toEqual([4, 6, 2, 0]);
	});

	test('an empty matrix totals zero everywhere', () => {
		expect(columnTotals([], roles).map((t) => t.total)).toEqual([0, 0, 0, 0]);
	});

	test('a full ten-by-eleven matrix of threes totals thirty per role', () => {
		const eleven = Array.from({ length: 11 }, (_, i) => ({ id: `role-${i}`, title: `Role ${i}` }));
		const full = Array.from({ length: 10 }, (_, i) => ({
			name: `Skill ${i}`,
			scores: Object.fromEntries(eleven.map((role) => [role.id, 3])),
		}));
		expect(columnTotals(full, eleven).every((t) => t.total === 30)).toBe(true);
	});
});

describe('topFits', () => {
	test('the highest totals first, never a role scoring zero', () => {
		expect(topFits(columnTotals(rows, roles)).map((t) => t.role.id)).toEqual([
			'data-scientist',
			'ml-engineer',
			'ai-product-manager',
		]);
		expect(topFits(columnTotals(rows, roles), 5)).toHaveLength(3);
	});

	test('roles tied with the last place are all included', () => {
		const tied = [
			{ role: roles[0]!, total: 5 },
			{ role: roles[1]!, total: 3 },
			{ role: roles[2]!, total: 3 },
		];
		expect(topFits(tied, 2).map((t) => t.total)).toEqual([5, 3, 3]);
	});

	test('nothing scored, no fits', () => {
		expect(topFits(columnTotals([], roles))).toEqual([]);
	});
});

describe('matrixCsv', () => {
	test('a header, one line per named skill, then the totals, in CRLF lines', () => {
		expect(matrixCsv(rows, roles, skills)).toBe(
			[
				'Skill,ML Engineer,Data Scientist,AI Product Manager,Prompt Engineer,Closest skill in the atlas',
				'Python,3,3,0,0,Python',
				'SQL,1,3,0,0,SQL',
				'Writing,0,0,2,0,',
				'Total,4,6,2,0,',
				'',
			].join('\r\n'),
		);
	});

	test('quotes commas and quotes, and defuses spreadsheet formulas', () => {
		const tricky: MatrixRow[] = [
			{ name: 'Stakeholders, "execs"', scores: {} },
			{ name: '=HYPERLINK("x")', scores: {} },
		];
		const lines = matrixCsv(tricky, roles.slice(0, 1), skills).split('\r\n');
		expect(lines[1]).toBe('"Stakeholders, ""execs""",0,');
		expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",0,`);
	});
});

describe('recommenderHref', () => {
	test('sends each mapped skill once at the top rating', () => {
		const twice = [...rows, { name: 'More Python', skill: 'python', scores: {} }];
		expect(recommenderHref('/find-your-role/', twice, skills)).toBe(
			'/find-your-role/#skills=python:3,sql:3',
		);
	});

	test('leaves out skills the atlas no longer has, and sends nothing when none are mapped', () => {
		const gone = [{ name: 'Cobol', skill: 'cobol', scores: {} }];
		expect(recommenderHref('/find-your-role/', gone, skills)).toBe('/find-your-role/');
	});
});

describe('trimRows', () => {
	test('drops empty rows at the end and keeps the places of the others', () => {
		const empty = { name: ' ', scores: { 'ml-engineer': 0 } };
		const kept = trimRows([empty, rows[0]!, empty, empty]);
		expect(kept).toEqual([empty, rows[0]]);
		expect(trimRows([empty, empty])).toEqual([]);
	});

	test('a row with only a score, or only a closest skill, is not empty', () => {
		expect(isEmptyRow({ name: '', scores: { 'ml-engineer': 1 } })).toBe(false);
		expect(isEmptyRow({ name: '', skill: 'sql', scores: {} })).toBe(false);
	});
});

describe('editedRows', () => {
	const saved: MatrixRow[] = [
		{ name: 'Python', skill: 'python', scores: { 'ml-engineer': 3 } },
		{ name: 'SQL', scores: {} },
	];

	test('changes one cell and keeps every other, so another tab’s rows survive', () => {
		expect(editedRows(saved, { row: 1, role: 'data-scientist', score: 2 })).toEqual([
			saved[0],
			{ name: 'SQL', scores: { 'data-scientist': 2 } },
		]);
		expect(editedRows(saved, { row: 0, name: 'Python 3' })?.[0]).toEqual({
			name: 'Python 3',
			skill: 'python',
			scores: { 'ml-engineer': 3 },
		});
		expect(editedRows(saved, { row: 0, skill: '' })?.[0]).toEqual({
			name: 'Python',
			scores: { 'ml-engineer': 3 },
		});
		expect(editedRows(saved, { row: 0, role: 'ml-engineer', score: 0 })?.[0]?.scores).toEqual({});
	});

	test('adds rows up to the one edited, and trims empty rows at the end', () => {
		expect(editedRows([], { row: 2, name: 'Writing' })).toEqual([
			{ name: '', scores: {} },
			{ name: '', scores: {} },
			{ name: 'Writing', scores: {} },
		]);
		expect(editedRows(saved, { row: 1, name: '' })).toEqual([saved[0]]);
	});

	test.each([
		['a row past the tenth', { row: 10, name: 'x' }],
		['a negative row', { row: -1, name: 'x' }],
		['a name too long', { row: 0, name: 'x'.repeat(81) }],
		['a score off the scale', { row: 0, role: 'ml-engineer', score: 4 }],
		['a fractional score', { row: 0, role: 'ml-engineer', score: 1.5 }],
		['a score that is not a number', { row: 0, role: 'ml-engineer', score: Number.NaN }],
		['a role that is not an id', { row: 0, role: 'ML Engineer', score: 1 }],
		['a skill that is not an id', { row: 0, skill: '<b>python</b>' }],
	] satisfies [string, MatrixEdit][])('refuses %s, saving nothing unchecked', (_, edit) => {
		expect(editedRows(saved, edit)).toBeUndefined();
	});
});
