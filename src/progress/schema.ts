import { z } from 'astro/zod';
import { STABLE_ID_PATTERN, StableIdSchema } from '../schemas/id';
import {
	DATE_PATTERN,
	LINK_PATTERN,
	MAX_EVIDENCE,
	MAX_HOURS_A_WEEK,
	MAX_LINK,
	MAX_NOTE,
	MAX_RATING,
	MAX_SCORE,
	MAX_SKILL_NAME,
	MAX_SKILLS,
	MAX_STAGE_WEEKS,
	MIN_HOURS_A_WEEK,
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

/** A calendar date, `YYYY-MM-DD`, from 2000 to 2099: a day, never an instant. */
const CalendarDateSchema = z.string().regex(new RegExp(DATE_PATTERN));

/** The reader's state for one step or exercise, and when it was set. */
export const ProgressEntrySchema = z.strictObject({
	/** Done, in progress or skipped. */
	state: z.enum(PROGRESS_STATES),
	/** When the reader last changed it. */
	updated: TimestampSchema,
	/**
	 * Set on a step skipped because the reader already has the skills it builds (skill ids), so
	 * the page can say why and one action can undo every such skip. A step marked by hand has none.
	 */
	known: z.array(StableIdSchema).max(MAX_SKILLS).optional(),
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

/** A pathway's dates: when the reader starts, at what pace, and any stage lengths they set. */
export const ScheduleSchema = z.strictObject({
	/** The day the first stage starts. */
	start: CalendarDateSchema,
	/** Hours a week the reader gives the move; stage lengths scale with it. */
	hoursPerWeek: z.int().min(MIN_HOURS_A_WEEK).max(MAX_HOURS_A_WEEK),
	/** Stage lengths in weeks the reader set, by stage id, in place of the estimate at their pace. */
	weeks: z.record(StableIdSchema, z.int().min(1).max(MAX_STAGE_WEEKS)),
	/** When the reader last changed it. */
	updated: TimestampSchema,
});

/** One thing the reader made for a step or an exercise: a note, a link, a date. */
export const EvidenceSchema = z.strictObject({
	/** The step or exercise, by its saved-progress key. */
	key: ProgressKeySchema,
	/** What the reader made, in a sentence or two; never blank. */
	note: z.string().max(MAX_NOTE).regex(/\S/),
	/** Where it can be seen: an `http:` or `https:` address. */
	link: z.string().max(MAX_LINK).regex(new RegExp(LINK_PATTERN)).optional(),
	/** The day the reader made it. */
	date: CalendarDateSchema,
	/** When it was recorded: identifies the record for removing and merging. */
	added: TimestampSchema,
});

/** The role finder's skill self-ratings, saved when the reader asks, for "skip what you know". */
export const RatingsSchema = z.strictObject({
	/** Ratings by skill id, on the role finder's scale. */
	skills: z.record(StableIdSchema, z.int().min(0).max(MAX_RATING)),
	/** When the reader saved them. */
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
	/** Dated plans by pathway id. */
	schedules: z.record(StableIdSchema, ScheduleSchema).optional(),
	/** The evidence log, in the order recorded. */
	evidence: z.array(EvidenceSchema).max(MAX_EVIDENCE).optional(),
	/** The role finder's ratings, if the reader saved them. */
	ratings: RatingsSchema.optional(),
});

/** One saved state. */
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;
/** One row of the skills matrix. */
export type MatrixRow = z.output<typeof MatrixRowSchema>;
/** The saved skills matrix. */
export type SkillsMatrix = z.output<typeof SkillsMatrixSchema>;
/** A pathway's dates. */
export type Schedule = z.output<typeof ScheduleSchema>;
/** One piece of evidence. */
export type Evidence = z.output<typeof EvidenceSchema>;
/** The role finder's saved ratings. */
export type Ratings = z.output<typeof RatingsSchema>;
/** Everything a reader has saved. */
export type Progress = z.output<typeof ProgressSchema>;
