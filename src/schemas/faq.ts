import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { PageSourcesSchema } from './sources';

/**
 * One question career changers ask, answered in the MDX body in the site's own words, with the
 * pages that answer it at length. `/faq/` lists them in `order`, under one Sources box made from
 * every answer's `sources`.
 */
export const FaqSchema = z.object({
	/** The question as a reader would ask it ("Do I need a PhD?"). */
	question: z.string().min(1).max(160),
	/** Position on the FAQ page, smallest first. */
	order: z.number().int().nonnegative(),
	/** Roles the answer is about, linked under it. */
	roles: z.array(reference('roles')).default([]),
	/** Pathways the answer points to. */
	pathways: z.array(reference('pathways')).default([]),
	/** Guides (docs pages) the answer points to. */
	guides: z.array(reference('docs')).default([]),
	/** The documents this answer draws on and what they leave out, for the page's Sources box. */
	sources: PageSourcesSchema,
});
