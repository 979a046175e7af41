import { z } from 'astro/zod';

/**
 * A skill readers can rate themselves on and roles can rely on. The recommender's self-rating
 * questions and skill-gap lists are generated from this collection.
 */
export const SkillSchema = z.object({
	/** The skill's name ("Statistics"). */
	title: z.string().min(1),
	/** What the skill covers, in a sentence, so a reader can rate themselves honestly. */
	summary: z.string().min(1),
});
