/**
 * The one localStorage key all saved progress lives under: steps, exercises, the plan and the
 * worksheets together, so export, import and reset always cover everything at once.
 */
export const STORAGE_KEY = 'ai-career-atlas:progress';

/** Names the kind of document, so a file from another site or tool is refused by name. */
export const PROGRESS_FORMAT = 'ai-career-atlas-progress';

/**
 * The version of the saved-data format this code writes and reads. A document with any other
 * version is refused on import and salvaged entry by entry from localStorage.
 */
export const PROGRESS_VERSION = 1;

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
