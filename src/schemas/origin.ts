import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * Where a move starts, or where an LLM-era role came from: either one of the site's roles or a
 * named background that is not a role here (software engineering, academia, any background…).
 * Exactly one of the two is given.
 */
export const OriginSchema = z
	.object({
		/** A role on this site, by id. */
		role: reference('roles').optional(),
		/** A named background, by id, from the backgrounds collection. */
		background: reference('backgrounds').optional(),
	})
	.strict()
	.refine((origin) => (origin.role === undefined) !== (origin.background === undefined), {
		message: 'give exactly one of role or background',
	});
