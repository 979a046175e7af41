import { MAX_SKILLS } from '../progress/model';
import type { MatrixRow } from '../progress/schema';
import { isMatrixRow } from '../progress/store';

/**
 * The skills-matrix worksheet's arithmetic ("Map your skills to AI roles"): column totals, the
 * top fits, the CSV export and the link that hands mapped skills to the role finder.
 */

/**
 * The rating each mapped skill is sent to the role finder with. The rows are the reader's
 * strongest skills (that is what the exercise asks for), so they go as the top of the finder's
 * 0–3 self-rating scale; the reader can lower any of them there.
 */
export const SENT_RATING = 3;

/** A column of the matrix: a role, by id, with its title. */
export interface MatrixRole {
	id: string;
	title: string;
}

/** A skill from the skills collection the reader can map a row to. */
export interface MatrixSkill {
	id: string;
	title: string;
}

/** A role's column total. */
export interface RoleTotal {
	role: MatrixRole;
	total: number;
}

/** Whether a row holds nothing: no name, no closest skill, no score above zero. */
export function isEmptyRow(row: MatrixRow): boolean {
	return (
		row.name.trim() === '' &&
		row.skill === undefined &&
		Object.values(row.scores).every((score) => score === 0)
	);
}

/**
 * The rows worth saving: everything up to the last row with something in it, so saved data stays
 * small and every row keeps its place when the matrix is read back.
 */
export function trimRows(rows: readonly MatrixRow[]): MatrixRow[] {
	const last = rows.findLastIndex((row) => !isEmptyRow(row));
	return rows.slice(0, last + 1);
}

/**
 * One change the reader makes to the matrix: one cell of one row (from 0). Saving a single cell,
 * rather than every row as this page shows them, keeps what another tab changed meanwhile.
 */
export type MatrixEdit = { row: number } & (
	{ name: string } | { skill: string } | { role: string; score: number }
);

/**
 * The saved rows after one edit, trimmed; undefined when the edited row is not one the format
 * accepts (a row past the tenth, a name too long, an unknown kind of id, a score off the scale),
 * so nothing unchecked is ever saved.
 */
export function editedRows(rows: readonly MatrixRow[], edit: MatrixEdit): MatrixRow[] | undefined {
	if (!Number.isInteger(edit.row) || edit.row < 0 || edit.row >= MAX_SKILLS) return undefined;
	const filled = [...rows];
	while (filled.length <= edit.row) filled.push({ name: '', scores: {} });
	const { skill, ...old } = filled[edit.row] ?? { name: '', scores: {} };
	let row: MatrixRow;
	if ('name' in edit) row = { ...old, ...(skill ? { skill } : {}), name: edit.name };
	else if ('skill' in edit) row = edit.skill === '' ? old : { ...old, skill: edit.skill };
	else {
		const scores = Object.fromEntries(
			Object.entries(old.scores).filter(([role]) => role !== edit.role),
		);
		if (edit.score !== 0) scores[edit.role] = edit.score;
		row = { ...old, ...(skill ? { skill } : {}), scores };
	}
	if (!isMatrixRow(row)) return undefined;
	filled[edit.row] = row;
	return trimRows(filled);
}

/** A row's score for a role; scores saved for roles no longer on the site are ignored. */
export function scoreOf(row: MatrixRow, roleId: string): number {
	return Object.hasOwn(row.scores, roleId) ? (row.scores[roleId] ?? 0) : 0;
}

/**
 * How many skill cards to show for saved rows: every card up to the last one in use, and one
 * empty card after it to fill in next (the first card when nothing is saved), at most `MAX_SKILLS`.
 */
export function visibleCards(rows: readonly MatrixRow[]): number {
	return Math.min(trimRows(rows).length + 1, MAX_SKILLS);
}

/** Each role's column total, in column order. */
export function columnTotals(
	rows: readonly MatrixRow[],
	roles: readonly MatrixRole[],
): RoleTotal[] {
	return roles.map((role) => ({
		role,
		total: rows.reduce((sum, row) => sum + scoreOf(row, role.id), 0),
	}));
}

/**
 * The strongest natural fits: the roles with the highest totals, at least `count` of them when
 * that many score above zero, plus any tied with the last one. Ties keep column order.
 */
export function topFits(totals: readonly RoleTotal[], count = 3): RoleTotal[] {
	const ranked = totals.filter((t) => t.total > 0).sort((a, b) => b.total - a.total);
	const cutoff = ranked[Math.min(count, ranked.length) - 1]?.total ?? Infinity;
	return ranked.filter((t) => t.total >= cutoff);
}

/** One CSV field: quoted when needed, and defused when a spreadsheet would run it as a formula. */
function csvField(text: string): string {
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The matrix as CSV, in the table's column order: a header of role titles, one line per named
 * skill with its scores and its closest skill from the atlas, then the totals. Lines end in CRLF, as RFC 4180 and spreadsheets expect.
 */
export function matrixCsv(
	rows: readonly MatrixRow[],
	roles: readonly MatrixRole[],
	skills: readonly MatrixSkill[],
): string {
	const skillTitle = (id: string | undefined) => skills.find((s) => s.id === id)?.title ?? '';
	const lines = [
		['Skill', ...roles.map((role) => role.title), 'Closest skill in the atlas'],
		...rows
			.filter((row) => row.name.trim() !== '')
			.map((row) => [
				row.name.trim(),
				...roles.map((role) => String(scoreOf(row, role.id))),
				skillTitle(row.skill),
			]),
		['Total', ...columnTotals(rows, roles).map((t) => String(t.total)), ''],
	];
	return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The role finder's address with the mapped skills in its fragment (`#skills=python:3,sql:3`),
 * each once, skipping skills the atlas no longer has; without any, the plain address.
 */
export function recommenderHref(
	base: string,
	rows: readonly MatrixRow[],
	skills: readonly MatrixSkill[],
): string {
	const known = new Set(skills.map((skill) => skill.id));
	const mapped = rows.map((row) => row.skill);
	const ids = [...new Set(mapped.filter((id): id is string => id !== undefined && known.has(id)))];
	if (ids.length === 0) return base;
	return `${base}#skills=${ids.map((id) => `${id}:${SENT_RATING}`).join(',')}`;
}
