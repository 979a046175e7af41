import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { PageSourcesSchema } from './sources';
import { ProgressionSchema } from './progression';

/** A case study: a real organisation or career that shows roles and pathways in practice. */
export const CaseStudySchema = z.object({
	/** The case study's headline. */
	title: z.string().min(1),
	/** One or two sentences on what happened. Used as the page description and in lists. */
	summary: z.string().min(1).max(300),
	/** The organisation (or, for a personal story, the person's employer or a description). */
	organisation: z.string().min(1),
	/** When it happened, as the sources give it ("2022–2023", "2016–2024"). */
	period: z.string().min(1),
	/** The roles it illustrates. */
	roles: z.array(reference('roles')).min(1),
	/** The pathways it illustrates. */
	pathways: z.array(reference('pathways')).default([]),
	/** Topics, for search and grouping ("Hub-and-spoke", "Enterprise AI"). */
	tags: z.array(z.string().min(1)).default([]),
	/** What the case teaches, as short lessons. */
	lessons: z.array(z.string().min(1)).min(1),
	/** For a career story: pay step by step, drawn as a chart and a table where the body places them. */
	progression: ProgressionSchema.optional(),
	/** The page's "Sources" box. */
	sources: PageSourcesSchema,
});
