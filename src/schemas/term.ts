import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * A glossary entry: a term the source documents define or use as jargon that a career changer
 * would not know, defined in the site's own words. `/glossary/` gives each one an anchor.
 */
export const TermSchema = z.object({
	/** The term as readers meet it ("Feature store", "RAG"). */
	term: z.string().min(1),
	/** Other spellings and expansions ("retrieval-augmented generation"); indexed for search. */
	aliases: z.array(z.string().min(1)).default([]),
	/** The definition: two or three plain sentences, in the site's own words. */
	definition: z.string().min(1).max(700),
	/** Terms worth reading next. */
	related: z.array(reference('terms')).default([]),
	/** The roles whose work uses the term. */
	roles: z.array(reference('roles')).default([]),
});
