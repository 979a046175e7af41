import { z } from 'astro/zod';
import { STABLE_ID_PATTERN, StableIdSchema } from '../schemas/id';
import {
	MAX_SCORE,
	MAX_SKILL_NAME,
	MAX_SKILLS,
	PROGRESS_FORMAT,
	PROGRESS_STATES,
	PROGRESS_VERSION,
} from './model';

/**
 * The saved-data format, written once here. Browsers check saved data and imported files against
 * `progress.schema.json`, the JSON Schema generated from these schemas (Zod itself is too large to
 * ship in a 10 KB island); `schema.test.ts` keeps the two identical and proves they agree.
 * Objects are strict so that both checks refuse the same unknown fields.
 */

/**
 * A saved-progress key: two stable ids joined by a slash, `<pathwayId>/<stepId>` for a step and
 * `exercise/<id>` for an exercise (see `stepKey` and `exerciseKey`).
 */
const ProgressKeySchema = z
	.string()
	.regex(new RegExp(`^${STABLE_ID_PATTERN}/${STABLE_ID_PATTERN}$`));

/** A time in milliseconds since 1970, as `Date.now()` gives it; newer wins when merging. */
const TimestampSchema = z.number().int().min(0);

/** The reader's state for one step or exercise, and when it was set. */
export const ProgressEntrySchema = z.strictObject({
	/** Done, in progress or skipped. */
	state: z.enum(PROGRESS_STATES),
	/** When the reader last changed it. */
	updated: TimestampSchema,
});

/** One row of the skills matrix: a skill in the reader's words and its score for each role. */
export const MatrixRowSchema = z.strictObject({
	/** The skill as the reader names it. */
	name: z.string().max(MAX_SKILL_NAME),
	/** The closest skill in the skills collection, by id, if the reader picked one. */
	skill: StableIdSchema.optional(),
	/** Scores from 0 (irrelevant) to 3 (essential), by role id. */
	scores: z.record(StableIdSchema, z.number().int().min(0).max(MAX_SCORE)),
});

/** The skills matrix worksheet. */
export const SkillsMatrixSchema = z.strictObject({
	/** Up to ten skills, in the reader's order. */
	rows: z.array(MatrixRowSchema).max(MAX_SKILLS),
	/** When the reader last changed it. */
	updated: TimestampSchema,
});

/** Everything a reader has saved: the document in localStorage and in exported files. */
export const ProgressSchema = z.strictObject({
	/** Always `ai-career-atlas-progress`. */
	format: z.literal(PROGRESS_FORMAT),
	/** The format version; see `PROGRESS_VERSION`. */
	version: z.literal(PROGRESS_VERSION),
	/** States by key (`<pathwayId>/<stepId>`, `exercise/<id>`); keys no longer on the site stay. */
	entries: z.record(ProgressKeySchema, ProgressEntrySchema),
	/** Pathway ids pinned to the reader's plan, in the reader's order. */
	plan: z.array(StableIdSchema),
	/** Saved worksheets. */
	worksheets: z.strictObject({ skillsMatrix: SkillsMatrixSchema.optional() }),
});

/** One saved state. */
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;
/** One row of the skills matrix. */
export type MatrixRow = z.output<typeof MatrixRowSchema>;
/** The saved skills matrix. */
export type SkillsMatrix = z.output<typeof SkillsMatrixSchema>;
/** Everything a reader has saved. */
export type Progress = z.output<typeof ProgressSchema>;
