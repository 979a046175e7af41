/**
 * The one localStorage key all saved progress lives under: steps, exercises, the plan and the
 * worksheets together, so export, import and reset always cover everything at once.
 */
export const STORAGE_KEY = 'ai-career-atlas:progress';

/** Names the kind of document, so a file from another site or tool is refused by name. */
export const PROGRESS_FORMAT = 'ai-career-atlas-progress';

/**
 * The version of the saved-data format this code writes and reads. Version 1 (steps, exercises,
 * the plan and the skills matrix) is migrated on reading (`migrate.ts`); version 2 adds dated
 * plans, the evidence log, steps skipped as already known and the role finder's saved ratings.
 * A document of any other version is refused on import and salvaged entry by entry from
 * localStorage.
 */
export const PROGRESS_VERSION = 2;

/**
 * What a reader can say about a step or an exercise, in the order a step goes through them; not
 * started is the absence of an entry.
 */
export const PROGRESS_STATES = ['in-progress', 'done', 'skipped'] as const;

/** One of the progress states. */
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** Labels shown to readers, one per state. */
export const PROGRESS_STATE_LABELS: Record<ProgressState, string> = {
	done: 'Done',
	'in-progress': 'In progress',
	skipped: 'Skipped',
};

/** The part of a key before the slash for exercises; pathway keys start with the pathway id. */
const EXERCISE_PREFIX = 'exercise';

/**
 * The key a pathway step's progress is saved under. Step ids are only unique within their
 * pathway, so the key is `<pathwayId>/<stepId>`.
 */
export function stepKey(pathwayId: string, stepId: string): string {
	return `${pathwayId}/${stepId}`;
}

/** The key an exercise's progress is saved under. */
export function exerciseKey(exerciseId: string): string {
	return `${EXERCISE_PREFIX}/${exerciseId}`;
}

/*
 * Limits of the saved skills-matrix worksheet. They live with the saved format rather than the
 * worksheet, so the schema and the worksheet both read them without importing each other.
 */

/** The exercise asks for the reader's ten strongest skills, so the matrix has at most ten rows. */
export const MAX_SKILLS = 10;

/** Scores run from 0 (irrelevant) to 3 (essential), as the exercise defines them. */
export const MAX_SCORE = 3;

/** Longest skill name kept, so a pasted paragraph cannot swell saved data. */
export const MAX_SKILL_NAME = 80;

/*
 * Limits of what readers type into plans and the evidence log. The schema, the forms and the
 * messages beside the fields all read them, so a form never saves what an import would refuse.
 */

/** The fewest hours a week a plan can be paced at. */
export const MIN_HOURS_A_WEEK = 1;

/** The most hours a week a plan can be paced at: a full working week and then some. */
export const MAX_HOURS_A_WEEK = 80;

/** The longest a reader can make one stage, in weeks: five years. */
export const MAX_STAGE_WEEKS = 260;

/** The first and last calendar dates a plan or a piece of evidence can carry. */
export const DATE_RANGE = { first: '2000-01-01', last: '2099-12-31' } as const;

/**
 * A real calendar date from 2000-01-01 to 2099-12-31 as `YYYY-MM-DD`, leap days included (every
 * fourth year in this range is a leap year), so a pattern alone refuses 2026-02-30.
 */
export const DATE_PATTERN =
	'^(?:20\\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|20(?:[02468][048]|[13579][26])-02-29)$';

/** The longest note kept with a piece of evidence: a short description, not an essay. */
export const MAX_NOTE = 500;

/** The longest link kept with a piece of evidence. */
export const MAX_LINK = 1000;

/** A web address: `http:` or `https:` with a host, nothing else (no `javascript:`, no `file:`). */
export const LINK_PATTERN = '^https?://[^\\s/?#@]+(?:[/?#][^\\s]*)?$';

/**
 * The most pieces of evidence kept: with the longest notes and links that is well under the
 * 1 MB an import accepts, so whatever the forms save can always be imported again.
 */
export const MAX_EVIDENCE = 200;

/** The highest self-rating the saved role-finder ratings allow (its scale is content). */
export const MAX_RATING = 9;
