/**
 * Reads the roles a reader picked from the comparison page's address (`?roles=a,b,c`). The
 * address is input from anyone, so nothing in it is trusted: only ids of roles on the page are
 * kept, and everything else is reported back, shortened, for the page to show as plain text.
 * This module runs in the browser; it imports nothing, to keep the page's script tiny.
 */

/** The most characters of an address that are read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 1000;

/** The most ignored values named back to the reader. */
const MAX_NAMED = 3;

/** The most characters of an ignored value shown back to the reader. */
const MAX_SHOWN = 30;

/** What the address asked for: the roles to show, in the order asked, and what was not a role. */
export interface RoleSelection {
	roles: string[];
	ignored: string[];
}

/**
 * The roles named in `search` (a URL's query string) that are among `known`, without repeats,
 * and the values that are not. Accepts `roles=a,b` and `roles=a&roles=b` (what a form sends);
 * ids are matched case-insensitively after trimming. Undefined when the address names no roles.
 */
export function parseRoleSelection(
	search: string,
	known: readonly string[],
): RoleSelection | undefined {
	const values = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH))
		.getAll('roles')
		.flatMap((value) => value.split(','))
		.map((value) => value.trim().toLowerCase())
		.filter(Boolean);
	if (values.length === 0) return undefined;
	const roles: string[] = [];
	const ignored: string[] = [];
	for (const value of values) {
		const list = known.includes(value) ? roles : ignored;
		if (!list.includes(value)) list.push(value);
	}
	return { roles, ignored };
}

/**
 * A sentence naming what was ignored, safe to show as text: at most three values, each cut to
 * thirty characters, with control characters removed. Empty when nothing was ignored.
 */
export function describeIgnored(ignored: readonly string[]): string {
	if (ignored.length === 0) return '';
	const named = ignored
		.slice(0, MAX_NAMED)
		.map((value) => {
			const clean = value.replace(/\p{C}/gu, '');
			return `“${clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean}”`;
		})
		.join(', ');
	const more = ignored.length > MAX_NAMED ? ` and ${ignored.length - MAX_NAMED} more` : '';
	return `Ignored ${named}${more}: not a role on this site.`;
}

/** What the comparison page says above the table when its address names roles. */
export interface SelectionNotice {
	/** The roles shown, or that none matched and so every role is. */
	shown: string;
	/** What in the address was not a role (see {@link describeIgnored}); empty when nothing was. */
	ignored: string;
}

/**
 * The notice for a selection out of `total` roles. When nothing in the address matched, every
 * role stays on the page, so the notice says so rather than showing an empty table.
 */
export function selectionNotice(selection: RoleSelection, total: number): SelectionNotice {
	const count = selection.roles.length;
	return {
		shown:
			count === 0
				? `No role in the address matched, so all ${total} roles are shown.`
				: `Showing ${count} of ${total} roles, as the address asks.`,
		ignored: describeIgnored(selection.ignored),
	};
}
