/**
 * Pagefind's ranking options, in one place: the search form (in the header dialog and on
 * /search/) passes them to Pagefind's API, and the relevance test (tests/e2e/relevance.json) uses
 * them too, so the test measures the ranking readers get. Tuned against that test; change them
 * only with it.
 */
export const PAGEFIND_RANKING = {
	/** Starlight's default: a long guide is not penalised for being long. */
	pageLength: 0.1,
	/** Between Starlight's 0.1 and Pagefind's 1: a term's density on the page counts, a little. */
	termFrequency: 0.5,
	/** Repeating a term stops helping early, so a page that says "test" ten times does not win. */
	termSaturation: 1,
	/** Starlight's default: "RAG" prefers the word "RAG" to longer words that start with it. */
	termSimilarity: 9,
	/**
	 * Matches in metadata. `names` (a role's title and aliases, see facets.ts) makes the role page
	 * answer its own name and abbreviations ("PM", "FDE"). The title counts less than Pagefind's
	 * default 5 because Pagefind matches the start of words: "A/B" would otherwise rank "About this
	 * site" first. `tools` (the names of the tools a role lists) makes the role answer its tools
	 * ("Feast", "dbt") before the pathways and the resources page that also name them. `pay` (a
	 * role's published range, "ML Engineer: published pay $150K–$350K…") makes the role
	 * answer "data scientist salary" before the comparison and the FAQ, which name every role's
	 * pay. The labels (type, level, family) are for filtering and display, not ranking.
	 */
	metaWeights: { title: 2, names: 5, tools: 3, pay: 2, type: 0, level: 0, family: 0 },
};
