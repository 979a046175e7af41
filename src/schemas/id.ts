import { z } from 'astro/zod';

/**
 * A stable identifier: lower-case words joined by hyphens. Saved progress and URLs are keyed by
 * these, so once published an id never changes, even when its title does.
 */
export const StableIdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'use lower-case words joined by hyphens, e.g. "learn-ml-basics"',
	);
