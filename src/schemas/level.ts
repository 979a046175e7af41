import { z } from 'astro/zod';

/**
 * Exercise levels, easiest first. This one list is the enum the schema validates against, the
 * sort order of every exercise list and the source of the labels readers see.
 */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** An exercise level, as written in content. */
export type Level = (typeof LEVELS)[number];

/** Labels shown to readers, one per level. */
export const LEVEL_LABELS: Record<Level, string> = {
	beginner: 'Beginner',
	intermediate: 'Intermediate',
	advanced: 'Advanced',
};

/** Validates a level written in frontmatter. */
export const LevelSchema = z.enum(LEVELS);
