import { describe, expect, test } from 'vitest';
import type { RoleEntry } from '../atlas/atlas';
import { COMPARE_COLUMNS, compareCells, compareRow, exampleSelection } from './compare-table';
import { ref, roleEntry } from '../../tests/fixtures/entries';

/** A role with the skills and focus the rows below show. */
const role = (id: string, data: Partial<RoleEntry['data']>): RoleEntry =>
	roleEntry(id, {
		focus: 'Production ML systems',
		coreSkills: ['Python', 'Docker'],
		background: 'Computer science',
		...data,
	});

describe('compareRow', () => {
	test('shows the role as the sources give it, with pay, basis and year', () => {
		const row = compareRow(
			role('fde', {
				family: 'emerging',
				compensation: {
					min: 140_000,
					max: 250_000,
					currency: 'USD',
					year: 2026,
					basis: 'base',
					openEnded: false,
					source: 'seed',
				},
			}),
		);
		expect(row).toMatchObject({
			coreSkills: 'Python, Docker',
			family: { text: 'Roles the LLM era reshaped', sort: '5' },
			pay: { text: '$140K–$250K (base salary, 2026)', sort: '140000' },
		});
	});

	test('says so when the sources give no figure, and sorts it first', () => {
		expect(compareRow(role('navigator', {})).pay).toEqual({
			text: 'No separate figure published',
			sort: '',
		});
	});
});

describe('compareCells', () => {
	test('gives every column its cell, in the order of the headings, with its sort key', () => {
		const cells = compareCells(compareRow(role('fde', { family: 'emerging' })));
		expect(cells.map((cell) => cell.column)).toEqual([...COMPARE_COLUMNS]);
		expect(cells[0]).toEqual({ column: 'Family', text: 'Roles the LLM era reshaped', sort: '5' });
		expect(cells[1]).toEqual({ column: 'Primary focus', text: 'Production ML systems' });
		expect(cells.find((cell) => cell.column === 'Published pay')?.sort).toBe('');
	});
});

describe('exampleSelection', () => {
	test('names the first role and up to two of its related roles', () => {
		const related = ['b', 'c', 'd'].map((id) => ref('roles', id));
		const roles = [role('a', { related }), role('b', {})];
		expect(exampleSelection(roles)).toEqual(['a', 'b', 'c']);
		expect(exampleSelection([])).toEqual([]);
	});
});
