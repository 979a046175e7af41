import { NAMED_AT_MOST, nameAFew, quoteExcerpt } from '../lib/format';

/**
 * Reads the roles a reader picked from the comparison page's address (`?roles=a,b,c`). The
 * address is input from anyone, so nothing in it is trusted: only ids of roles on the page are
 * kept, and everything else is reported back, shortened, for the page to show as plain text.
 * This module runs in the browser; it imports only the shared quoting helpers.
 */

/** The most characters of an address that are read; the rest is ignored, with a note. */
export const MAX_QUERY_LENGTH = 1000;

/** What the address asked for: the roles to show, in the order asked, and what was not a role. */
export interface RoleSelection {
	roles: string[];
	ignored: string[];
	/** Whether the address was longer than `MAX_QUERY_LENGTH`, so only its start was read. */
	truncated: boolean;
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
	const truncated = search.length > MAX_QUERY_LENGTH;
	// A cut address ends in a value cut short: read up to the last whole one.
	const head = search.slice(0, MAX_QUERY_LENGTH);
	const read = truncated
		? head.slice(0, Math.max(head.lastIndexOf(','), head.lastIndexOf('&')))
		: head;
	const values = new URLSearchParams(read)
		.getAll('roles')
		.flatMap((value) => value.split(','))
		.map((value) => value.trim().toLowerCase())
		.filter(Boolean);
	if (values.length === 0 && !truncated) return undefined;
	const roles: string[] = [];
	const ignored: string[] = [];
	for (const value of values) {
		const list = known.includes(value) ? roles : ignored;
		if (!list.includes(value)) list.push(value);
	}
	return { roles, ignored, truncated };
}

/**
 * A sentence naming what was ignored, safe to show as text: at most three values, each cut to a
 * short excerpt with control characters shown as "?", and a note when the address was too long
 * to read whole. Empty when nothing was ignored.
 */
export function describeIgnored({ ignored, truncated }: RoleSelection): string {
	const named = ignored.slice(0, NAMED_AT_MOST).map((item) => quoteExcerpt(item));
	const sentences = [
		ignored.length > 0
			? `Ignored ${nameAFew(named, ignored.length)}: not a role on this site.`
			: '',
		truncated
			? `The address was longer than ${MAX_QUERY_LENGTH.toLocaleString('en-GB')} characters, so only its start was read.`
			: '',
	];
	return sentences.filter(Boolean).join(' ');
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
		ignored: describeIgnored(selection),
	};
}
