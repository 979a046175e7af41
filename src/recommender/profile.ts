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

/** Whether the reader has answered anything at all, so there is something to rank. */
export function hasAnswers(profile: Profile): boolean {
	return (
		profile.background !== undefined ||
		profile.interests.length > 0 ||
		profile.years !== undefined ||
		Object.keys(profile.skills).length > 0 ||
		profile.goals.length > 0 ||
		profile.travel !== undefined ||
		profile.pay !== undefined
	);
}
