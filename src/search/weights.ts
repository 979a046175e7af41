/**
 * Pagefind weights (`data-pagefind-weight`, 0 to 10; body text is 1, an `h1` 7) for the parts of
 * a page that say what the page is, so a page that is about a term outranks pages that mention it.
 * Pagefind squares weights: 2 counts about four times as much as plain text. The relevance test
 * (tests/e2e/relevance.json) is the measure for any change here.
 */
export const SEARCH_WEIGHTS = {
	/**
	 * The prose of a role guide. Role guides are the reference for a role's work, tools and terms;
	 * pathways and case studies mention the same tools in passing ("Airflow", "Feast"), often more
	 * than once, and would otherwise outrank the role they are about.
	 */
	roleGuide: 1.6,
	/**
	 * A role's other names ("MLE", "LLMOps") where the role page shows them ("Also called"). The
	 * ranking also weighs them as page names (the `names` metadata, see facets.ts and ranking.ts).
	 */
	aliases: 3,
	/** A role's core skills and tools ("Python, Docker, MLflow"): what the role is known for. */
	coreSkills: 3,
	/** The defining instance of a term in a guide (`<Term>`), where the term is explained. */
	definition: 5,
	/**
	 * An entry of a reference page: a glossary term's definition and other names, a resource's
	 * purpose. These pages name every term and every tool at once; below body text, they come after
	 * the role guides and guides that explain a term or use a tool in context. "What is…" questions
	 * reach the glossary entry first through the search form (see question.ts), not through weight.
	 */
	referenceEntry: 0.5,
	/**
	 * The name heading an entry of a reference page. Headings weigh 5 to 7 by default, which on a
	 * page with a heading per term would outrank every page that explains the term; as body text,
	 * the name still makes the entry the sub-result a search links to.
	 */
	referenceName: 1,
	/** The one- or two-sentence summary at the top of a page: what the page is about. */
	summary: 2,
} as const;
