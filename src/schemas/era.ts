import { z } from 'astro/zod';

/**
 * One wave in the history of AI roles, for the timeline in the guide "How AI roles evolved".
 * Years and wording come from the sources; adding an era is adding one file to `content/eras/`.
 */
export const EraSchema = z.object({
	/** The period as the sources give it ("1950s–1970s", "Around 2008", "2022 to now"). */
	period: z.string().min(1),
	/** The year the era starts, to order eras; never shown. */
	start: z.number().int().min(1900).max(2100),
	/** What happened to AI roles then, in a sentence short enough for the timeline. */
	label: z.string().min(1).max(140),
});

/** An era after validation. */
export type Era = z.output<typeof EraSchema>;
