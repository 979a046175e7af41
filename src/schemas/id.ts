import { z } from 'astro/zod';

/**
 * The shape of a stable id without anchors, so keys built from several ids (a pathway id and a
 * step id in saved progress) are checked by the same rule as the ids themselves.
 */
export const STABLE_ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * A stable identifier: lower-case words joined by hyphens. Saved progress and URLs are keyed by
 * these, so once published an id never changes, even when its title does.
 */
export const StableIdSchema = z
	.string()
	.regex(
		new RegExp(`^${STABLE_ID_PATTERN}$`),
		'use lower-case words joined by hyphens, e.g. "learn-ml-basics"',
	);
