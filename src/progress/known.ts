import type { Progress } from './schema';

/**
 * "Skip what you already know": the skills the reader's own ratings say they have (the role
 * finder's saved self-ratings, the skills matrix), the steps that build only such skills, and
 * the one change that skips them, or undoes every such skip. Nothing is skipped unless the reader
 * asks, and each skip keeps the skills it was for, so the page can always say why.
 */

/** The top of the role finder's scale, which counts as having a skill: its value and its label. */
export interface StrongRating {
	value: number;
	label: string;
}

/** A step with the skills it builds (skill ids). */
export interface SkillStep {
	key: string;
	title: string;
	skills: readonly string[];
}

/**
 * The skills the reader says they have, each with the reason in their own terms: rated at the top
 * of the role finder's scale ("you rated Python as strong"), or named among the strongest skills
 * in the skills matrix, whose rows are exactly that.
 */
export function knownSkills(
	progress: Progress,
	strong: StrongRating,
	titles: Readonly<Record<string, string>>,
): Map<string, string> {
	const known = new Map<string, string>();
	const title = (id: string) => (Object.hasOwn(titles, id) ? titles[id] : undefined) ?? id;
	for (const [id, rating] of Object.entries(progress.ratings?.skills ?? {})) {
		if (rating >= strong.value)
			known.set(id, `you rated ${title(id)} as ${strong.label.toLowerCase()}`);
	}
	for (const { skill } of progress.worksheets.skillsMatrix?.rows ?? []) {
		if (skill !== undefined && !known.has(skill))
			known.set(skill, `${title(skill)} is among your strongest skills in the skills matrix`);
	}
	return known;
}

/** Why a step can be skipped: the reasons for each of its skills, in the step's order. */
export function reasonFor(skills: readonly string[], known: ReadonlyMap<string, string>): string {
	return skills.flatMap((id) => known.get(id) ?? []).join('; ');
}

/**
 * Steps the reader could skip: not yet marked at all, building at least one skill, and every
 * skill one they have. A step they started, finished or skipped themselves is never offered.
 */
export function skippableSteps<T extends SkillStep>(
	steps: readonly T[],
	progress: Progress,
	known: ReadonlyMap<string, string>,
): T[] {
	return steps.filter(
		({ key, skills }) =>
			!Object.hasOwn(progress.entries, key) &&
			skills.length > 0 &&
			skills.every((id) => known.has(id)),
	);
}

/** Marks steps skipped as already known, keeping the skills each was skipped for. */
export function withKnownSkipped(
	progress: Progress,
	steps: readonly SkillStep[],
	now: number,
): Progress {
	const entries = { ...progress.entries };
	for (const { key, skills } of steps)
		entries[key] = { state: 'skipped', updated: now, known: [...skills] };
	return { ...progress, entries };
}

/** Which of the given keys were skipped as already known (and not changed since). */
export function knownSkipped(progress: Progress, keys: readonly string[]): string[] {
	return keys.filter(
		(key) => Object.hasOwn(progress.entries, key) && progress.entries[key]?.known !== undefined,
	);
}

/**
 * Undoes every skip-as-known among the given keys: those steps go back to not started, which is
 * what they were, since only unmarked steps are ever offered.
 */
export function withoutKnownSkipped(progress: Progress, keys: readonly string[]): Progress {
	const undo = new Set(knownSkipped(progress, keys));
	return {
		...progress,
		entries: Object.fromEntries(Object.entries(progress.entries).filter(([key]) => !undo.has(key))),
	};
}

/** Saves the role finder's self-ratings, by skill id, for pathway pages to read. */
export function withRatings(
	progress: Progress,
	skills: Readonly<Record<string, number>>,
	now: number,
): Progress {
	return { ...progress, ratings: { skills: { ...skills }, updated: now } };
}
