/*
 * The search filters, kept apart from the collections and their schemas so that the search
 * page's script can import them without bundling Zod.
 */

/**
 * The Pagefind filters every page may carry. Pagefind stores filter values as written, so values
 * are the labels readers see ("Case study", "Beginner", "ML Engineer"); URLs use the ids instead.
 */
export const FILTER_KEYS = ['type', 'level', 'family', 'role'] as const;

/** One filter of the search. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** How the search page names each filter. */
export const FILTER_LABELS: Record<FilterKey, string> = {
	type: 'Kind of page',
	level: 'Exercise level',
	family: 'Role family',
	role: 'Role',
};

/**
 * The filters also shown as labels on each result ("Exercise", "Beginner"). The role filter is
 * not: a pathway concerns two roles and a case study several, too many for a label.
 */
export const LABEL_KEYS = ['type', 'level', 'family'] as const satisfies readonly FilterKey[];

/**
 * The filters the header's search dialog offers: the same as the labels on its results. The
 * dialog is in the HTML of every page, so the long role filter stays on /search/, one link away
 * from the dialog, with the search carried over.
 */
export const DIALOG_FILTER_KEYS = LABEL_KEYS;

/** One value a reader can tick: the id used in URLs and the label Pagefind stores. */
export interface FilterOption {
	id: string;
	label: string;
}

/** Every value of every filter, in display order: what the search page offers and accepts. */
export type FilterOptions = Record<FilterKey, FilterOption[]>;
