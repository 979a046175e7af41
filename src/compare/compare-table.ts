import { FAMILIES, FAMILY_LABELS } from '../schemas/family';
import type { RoleEntry } from '../atlas/atlas';
import { describeCompensationBasis, formatCompensationRange } from '../lib/format';

/** A cell of the comparison table: what it shows, and the key its column sorts by. */
export interface CompareCell {
	text: string;
	/** Sorted with numeric collation, so "10" follows "9". */
	sort: string;
}

/** A cell in its column: the column's heading, which labels the cell when rows show as cards. */
export interface LabelledCell {
	column: CompareColumn;
	text: string;
	/** The key the column sorts by, where it is not the text itself. */
	sort?: string;
}

/** One role as a row of the comparison table. */
export interface CompareRow {
	id: string;
	title: string;
	family: CompareCell;
	focus: string;
	coreSkills: string;
	background: string;
	pay: CompareCell;
}

/**
 * The column headings of the comparison table, in order after the role's own. Pay comes right
 * after focus, so a reader sees name, focus and pay together before the longer lists.
 */
export const COMPARE_COLUMNS = [
	'Family',
	'Primary focus',
	'Published pay',
	'Core skills',
	'Typical background',
] as const;

/** One of the comparison table's column headings. */
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];

/**
 * A role as a row of the comparison table. Family sorts in the site's family order, not
 * alphabetically; pay sorts by the low end of the range, and roles without a figure sort first.
 */
export function compareRow(role: RoleEntry): CompareRow {
	const { data } = role;
	const pay = data.compensation;
	return {
		id: role.id,
		title: data.title,
		family: { text: FAMILY_LABELS[data.family], sort: String(FAMILIES.indexOf(data.family)) },
		focus: data.focus,
		coreSkills: data.coreSkills.join(', '),
		background: data.background,
		pay: pay
			? {
					text: `${formatCompensationRange(pay)} (${describeCompensationBasis(pay)})`,
					sort: String(pay.min),
				}
			: { text: 'No separate figure published', sort: '' },
	};
}

/** A row's cells in the order of {@link COMPARE_COLUMNS}, each with its heading. */
export function compareCells(row: CompareRow): LabelledCell[] {
	const cells: Record<CompareColumn, Omit<LabelledCell, 'column'>> = {
		Family: row.family,
		'Primary focus': { text: row.focus },
		'Published pay': row.pay,
		'Core skills': { text: row.coreSkills },
		'Typical background': { text: row.background },
	};
	return COMPARE_COLUMNS.map((column) => ({ column, ...cells[column] }));
}

/**
 * Ids for the example link on the comparison page: the first role and its nearest neighbours, so
 * the example always names roles that exist and are worth comparing.
 */
export function exampleSelection(roles: readonly RoleEntry[]): string[] {
	const [first] = roles;
	return first ? [first.id, ...first.data.related.map((ref) => ref.id)].slice(0, 3) : [];
}
