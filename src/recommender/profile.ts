/**
 * A reader's answers. Only `background` and `interests` are the seed's quick match; the rest is
 * the full assessment, and every part of it may be missing. Values are checked against the model
 * before they get here (see `fragment.ts`), but scoring never relies on that: unknown ids score
 * nothing, as in the seed.
 */
export interface Profile {
	/** A background id; missing or unknown means the model's fallback background. */
	background?: string | undefined;
	/** Interest ids in the order the reader gave them: among equal scores, that order decides. */
	interests: readonly string[];
	/** Years of work experience: labels results reachable now or a stretch, never changes scores. */
	years?: number | undefined;
	/** Self-ratings by skill id, on the model's scale; skills left out are not rated. */
	skills: Readonly<Record<string, number>>;
	/** Goal ids. */
	goals: readonly string[];
	/** The travel answer's id. */
	travel?: string | undefined;
	/** The pay answer's id. */
	pay?: string | undefined;
}

/** A profile with nothing answered. */
export const EMPTY_PROFILE: Profile = { interests: [], skills: {}, goals: [] };

/**
 * Whether the answers can be ranked. The finder asks for a background first rather than scoring
 * a missing one as the fallback: the background's points are the largest term of every score,
 * so a ranking without it (a link from the skills matrix carries skills only) would rank roles
 * for a background the reader never chose.
 */
export function canRank(profile: Profile): boolean {
	return profile.background !== undefined;
}
