import { pluralise } from '../lib/format';
import type { Link, Model, PathwayLink, RoleSummary } from './model';
import type { Profile } from './profile';
import { reachability } from './reachability';
import { backgroundMatch, rankRoles } from './score';

/** How many results are highlighted and announced: the seed returns its top three. */
export const TOP_COUNT = 3;

/** One term of a score, formatted for reading ("+3", "background: Software engineering", why). */
export interface TermView {
	points: string;
	label: string;
	reason: string;
}

/** A result's pathway: the link and the id that pins it to the plan; where it starts is not shown. */
export type ResultPathway = Omit<PathwayLink, 'from'>;

/** Everything one result shows, as plain data: the island only turns it into elements. */
export interface ResultView {
	id: string;
	title: string;
	href: string;
	/** 1 for the best match. */
	rank: number;
	/** Whether it is one of the highlighted top results. */
	top: boolean;
	score: number;
	terms: TermView[];
	/**
	 * Reachable now or a stretch; why: the deciding rule's reason, then the checks of the reader's
	 * answers that decided it (the pathway or points, the years given); and what the role expects.
	 */
	reach: { now: boolean; why: string; expects: string } | undefined;
	/** Titles of the role's key skills the reader rated as gaps. */
	gaps: string[];
	/**
	 * The pathway from the reader's background to the role, or from any background, with its id
	 * so the result can pin it to the reader's plan.
	 */
	pathway: ResultPathway | undefined;
	exercises: Link[];
	/**
	 * On the top results, the page of the reader's background, where every move from it is
	 * compared; none when the reader chose no background.
	 */
	hub: Link | undefined;
}

/** "+3", "+1.5", "+0", "−2": points with their sign, as the score breakdown shows them. */
export function formatPoints(points: number): string {
	return points < 0 ? `−${Math.abs(points)}` : `+${points}`;
}

/** "5 points", "1 point", "0.5 points": a total as the results show it. */
export function formatScore(score: number): string {
	return pluralise(score, 'point');
}

/**
 * Notes on how the answers were read that the reader would not otherwise see: that missing years
 * count as none when results are labelled reachable now or a stretch.
 */
export function answerNotes(profile: Profile): string[] {
	return profile.years === undefined
		? ['No years of experience given, so “reachable now” counts them as none.']
		: [];
}

/** The role's key skills the reader rated at or below the model's gap level, by title. */
export function skillGaps(model: Model, profile: Profile, role: RoleSummary): string[] {
	const { gapAtMost } = model.assessment.skills;
	return role.keySkills.flatMap((id) => {
		const rating = Object.hasOwn(profile.skills, id) ? profile.skills[id] : undefined;
		if (rating === undefined || rating > gapAtMost) return [];
		return [model.skills.find((skill) => skill.id === id)?.title ?? id];
	});
}

/**
 * The pathway into a role from the reader's background (after the seed's fallback), or else one
 * from the model's catch-all background ("any background").
 */
export function pathwayFor(
	model: Model,
	profile: Profile,
	role: RoleSummary,
): ResultPathway | undefined {
	const from = backgroundMatch(model, profile.background)?.background;
	const pathway =
		role.pathways.find((candidate) => candidate.from === from) ??
		role.pathways.find((candidate) => candidate.from === model.assessment.pathwayFallback);
	return pathway && { id: pathway.id, title: pathway.title, href: pathway.href };
}

/**
 * The page of the background the reader chose, with every move from it side by side. A reader who
 * chose none gets none: the fallback the scoring uses is a stand-in, not where they start.
 */
export function hubFor(model: Model, profile: Profile): Link | undefined {
	const match = model.quickMatch.backgrounds.find((b) => b.background === profile.background);
	return match && { title: match.title, href: match.href };
}

/**
 * Ranks every role and gathers what each result shows, as plain data, so the island's rendering
 * stays a thin mapping to elements and everything a reader sees is tested here.
 */
export function buildResults(model: Model, profile: Profile): ResultView[] {
	const roles = new Map(model.roles.map((role) => [role.id, role]));
	const hub = hubFor(model, profile);
	return rankRoles(model, profile).flatMap(({ role: id, score, terms }, index) => {
		const role = roles.get(id);
		if (role === undefined) return [];
		const reach = reachability(model, profile, id);
		return [
			{
				id,
				title: role.title,
				href: role.href,
				rank: index + 1,
				top: index < TOP_COUNT,
				score,
				terms: terms.map((term) => ({ ...term, points: formatPoints(term.points) })),
				reach: reach && {
					now: reach.now,
					why: [reach.rule.why, ...reach.checks.map((check) => check.fact)]
						.filter((sentence) => sentence !== undefined)
						.join(' '),
					expects: role.expects,
				},
				gaps: skillGaps(model, profile, role),
				pathway: pathwayFor(model, profile, role),
				exercises: role.exercises,
				hub: index < TOP_COUNT ? hub : undefined,
			},
		];
	});
}

/** The sentence the live region reads when the top results change. */
export function announcement(results: readonly ResultView[]): string {
	const top = results.filter((result) => result.top);
	if (top.length === 0) return '';
	const list = top.map((result) => `${result.title}, ${formatScore(result.score)}`).join('; ');
	return `Top ${top.length}: ${list}.`;
}
