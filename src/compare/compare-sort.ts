/**
 * How the comparison table sorts: which way a column goes when its button is pressed, and the
 * order of the rows for a column's keys. Pure and free of imports, so the page's script stays tiny
 * and the rules are tested without a browser.
 */

/** Which way a column is sorted, in the words `aria-sort` uses, so the element sets it as is. */
export type SortDirection = 'ascending' | 'descending';

/**
 * The direction a column takes when its button is pressed, given its `aria-sort` now: a column
 * sorted ascending turns descending; any other (unsorted, or descending) sorts ascending.
 */
export function nextDirection(current: string | null): SortDirection {
	return current === 'ascending' ? 'descending' : 'ascending';
}

/** English collation with numbers compared as numbers, so a pay of "90000" sorts before "150000". */
const collator = new Intl.Collator('en', { numeric: true });

/**
 * `items` ordered by their keys in `direction`. Items with equal keys keep the order they are
 * given in, whichever the direction, so passing the table's first order (by family) makes ties
 * fall back to it; an empty key (a role without a published figure) sorts first ascending.
 */
export function sortByKey<Item>(
	items: readonly Item[],
	key: (item: Item) => string,
	direction: SortDirection,
): Item[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return items
		.map((item) => ({ item, key: key(item) }))
		.sort((a, b) => collator.compare(a.key, b.key) * sign)
		.map(({ item }) => item);
}
