import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * One of the documents the site is written from. Pages name these in their single "Sources" box
 * instead of narrating them in the prose.
 */
export const SourceDocumentSchema = z.object({
	/** The document's own title. */
	title: z.string().min(1),
	/** What kind of document it is ("Article", "Slide deck", "Learning-path page", "Story"). */
	kind: z.string().min(1),
	/** One sentence on what it covers, so a reader knows what a page drew on. */
	summary: z.string().min(1),
	/**
	 * True where the document marks itself as generated or fictional: its figures and timeline are
	 * an illustration, never data, and every page that uses them says so beside them.
	 */
	illustrative: z.boolean().default(false),
});

/**
 * The "Sources" box of one page: which documents it draws on and what they did not give. Roles,
 * pathways, case studies and exercises must have one, so a page without attribution fails the
 * build naming its file and this field; guides are checked on the built site.
 */
export const PageSourcesSchema = z.object({
	/** The source documents this page draws on, most used first. */
	documents: z.array(reference('sources')).min(1),
	/** What a reader might look for here that the documents do not give, one short line each. */
	gaps: z.array(z.string().min(1)).default([]),
});
