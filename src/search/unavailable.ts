/**
 * What the search says when its code or Pagefind's cannot be downloaded. A module of its own:
 * the header's search button (on every page) shows it, and importing it from `results.ts` would
 * load the results code on every page instead of only when a reader searches.
 */
export const SEARCH_UNAVAILABLE =
	'Search could not load. Check your connection and reload the page, or browse the indexes from the menu.';
