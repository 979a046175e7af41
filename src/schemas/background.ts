import { z } from 'astro/zod';

/**
 * A named starting point that is not itself a role on the site: the backgrounds pathways start
 * from and the recommender asks about. Ids use underscores (`software_engineering`) because the
 * recommender's URL contract uses them.
 */
export const BackgroundSchema = z.object({
	/** How the background is named to readers ("Software engineering"). */
	title: z.string().min(1),
	/** One sentence on who this background covers. */
	summary: z.string().min(1),
});
