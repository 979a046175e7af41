import { z } from 'astro/zod';

/**
 * A guide's closing "Next step", written in its frontmatter. Collection pages derive theirs from
 * the collections; a guide is prose that may point anywhere (an exercise, another guide, the role
 * finder), so its author names the page. The link must be a path on this site, which the
 * built-site link check then resolves.
 */
export const GuideNextStepSchema = z.object({
	/** The words before the link ("Ready to choose a direction?"). */
	lead: z.string().min(1),
	/** The page to go to, as a path on this site ("/find-your-role/"). */
	href: z.string().regex(/^\/[^\s]*$/, 'use a path on this site, starting with /'),
	/** The title of that page, as the link shows it. */
	title: z.string().min(1),
	/** Why the page is worth following, in a sentence. */
	summary: z.string().min(1),
});
