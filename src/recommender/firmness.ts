import type { Model } from './model';
import type { Profile } from './profile';
import { TOP_COUNT } from './results';
import { roundPoints, rankRoles } from './score';

/**
 * How firm a ranking is, for the reader's own answers: which single change of answer would change
 * the top three, how many points each answer moved for each of the top three, and whether the
 * top two are within a point of each other. Everything is found by re-ranking with the real
 * scoring, so it can never disagree with the results it describes.
 */

/** How close the top two must be to count as a near tie: within one point. */
const NEAR = 1;

/** One answer changed, in words ("tick “Research”"), and the answers it gives. */
interface Change {
	label: string;
	profile: Profile;
}

/** A single change that changes the top three: what it is, and who joins and who leaves. */
export interface Flip {
	change: string;
	joins: string[];
	leaves: string[];
}

/** One of the reader's answers and the points it moved for each of the top three roles. */
export interface Move {
	answer: string;
	points: number[];
}

/** The firmness of one ranking. */
export interface Firmness {
	/** The top three role ids, best first. */
	top: string[];
	/** The top two when they are within a point of each other, with the gap. */
	near: { first: string; second: string; gap: number } | undefined;
	/** Every single change of answer that changes who is in the top three. */
	flips: Flip[];
	/** Each answer given, with the points it moved for each of the top three, in that order. */
	moves: Move[];
}

/** A list with one item added at the end, or taken out if it is there. */
const toggled = (list: readonly string[], id: string) =>
	list.includes(id) ? list.filter((other) => other !== id) : [...list, id];

/** The label of an option by id, for the words of a change. */
const labelOf = (options: readonly { id: string; label: string }[], id: string | undefined) =>
	options.find((option) => option.id === id)?.label ?? id ?? '';

/**
 * Every answer the reader gave, with the answers they would be without it: the background, each
 * interest, each skill rating, each goal, travel and pay. Years never change a score, so they are
 * left out.
 */
function givenAnswers(model: Model, profile: Profile): Change[] {
	const { quickMatch, assessment, skills } = model;
	const background = quickMatch.backgrounds.find(
		(match) => match.background === profile.background,
	);
	const levels = assessment.skills.levels;
	return [
		...(background
			? [
					{
						label: `Background: ${background.title}`,
						profile: { ...profile, background: undefined },
					},
				]
			: []),
		...profile.interests.map((id) => ({
			label: `Interest: ${labelOf(quickMatch.interests, id)}`,
			profile: { ...profile, interests: toggled(profile.interests, id) },
		})),
		...Object.entries(profile.skills).map(([id, rating]) => {
			const { [id]: _rating, ...others } = profile.skills;
			const level = levels.find((candidate) => candidate.value === rating)?.label ?? rating;
			const title = skills.find((skill) => skill.id === id)?.title ?? id;
			return { label: `Skill: ${title}, ${level}`, profile: { ...profile, skills: others } };
		}),
		...profile.goals.map((id) => ({
			label: `Goal: ${labelOf(assessment.goals, id)}`,
			profile: { ...profile, goals: toggled(profile.goals, id) },
		})),
		...(profile.travel === undefined
			? []
			: [
					{
						label: `Travel: ${labelOf(assessment.travel.options, profile.travel)}`,
						profile: { ...profile, travel: undefined },
					},
				]),
		...(profile.pay === undefined
			? []
			: [
					{
						label: `Pay: ${labelOf(assessment.pay.options, profile.pay)}`,
						profile: { ...profile, pay: undefined },
					},
				]),
	];
}

/**
 * Every single change of one answer: another background, each interest or goal ticked or
 * unticked, each skill rated at another level or not at all, and each other travel or pay answer
 * (or none). Skill levels are tried nearest first, so the first that changes the top three is
 * the smallest such change.
 */
function singleChanges(model: Model, profile: Profile): Change[][] {
	const { quickMatch, assessment, skills } = model;
	const levels = assessment.skills.levels;
	const choose = <K extends 'travel' | 'pay'>(
		key: K,
		name: string,
		options: readonly { id: string; label: string }[],
	): Change[][] =>
		[...options.map((option) => option.id), undefined]
			.filter((id) => id !== profile[key])
			.map((id) => [
				{
					label:
						id === undefined
							? `leave ${name} unanswered`
							: `answer ${name} “${labelOf(options, id)}”`,
					profile: { ...profile, [key]: id },
				},
			]);
	return [
		...quickMatch.backgrounds
			.filter((match) => match.background !== profile.background)
			.map((match) => [
				{
					label: `choose the background “${match.title}”`,
					profile: { ...profile, background: match.background },
				},
			]),
		...quickMatch.interests.map(({ id, label }) => [
			{
				label: `${profile.interests.includes(id) ? 'untick' : 'tick'} the interest “${label}”`,
				profile: { ...profile, interests: toggled(profile.interests, id) },
			},
		]),
		...skills.map(({ id, title }) => {
			const rating = profile.skills[id];
			const others = levels
				.filter((level) => level.value !== rating)
				.sort((a, b) => Math.abs(a.value - (rating ?? 0)) - Math.abs(b.value - (rating ?? 0)));
			const { [id]: _rating, ...unrated } = profile.skills;
			return [
				...others.map((level) => ({
					label: `rate ${title} as “${level.label}”`,
					profile: { ...profile, skills: { ...profile.skills, [id]: level.value } },
				})),
				...(rating === undefined
					? []
					: [{ label: `leave ${title} unrated`, profile: { ...profile, skills: unrated } }]),
			];
		}),
		...assessment.goals.map(({ id, label }) => [
			{
				label: `${profile.goals.includes(id) ? 'untick' : 'tick'} the goal “${label}”`,
				profile: { ...profile, goals: toggled(profile.goals, id) },
			},
		]),
		...choose('travel', 'travel', assessment.travel.options),
		...choose('pay', 'pay', assessment.pay.options),
	];
}

/** The top role ids of a ranking. */
const topOf = (ranking: readonly { role: string }[]) =>
	ranking.slice(0, TOP_COUNT).map((score) => score.role);

/**
 * How firm the ranking is for these answers. Changes to the same answer (the levels of one
 * skill) report only the first, nearest one that changes the top three.
 */
export function firmness(model: Model, profile: Profile): Firmness {
	const ranked = rankRoles(model, profile);
	const top = topOf(ranked);
	const scoreOf = (ranking: typeof ranked, role: string) =>
		ranking.find((score) => score.role === role)?.score ?? 0;
	const [first, second] = ranked;
	const gap = first && second ? roundPoints(first.score - second.score) : Infinity;
	const flips = singleChanges(model, profile).flatMap((options) => {
		for (const { label, profile: changed } of options) {
			const next = topOf(rankRoles(model, changed));
			const joins = next.filter((role) => !top.includes(role));
			if (joins.length > 0)
				return [{ change: label, joins, leaves: top.filter((role) => !next.includes(role)) }];
		}
		return [];
	});
	const moves = givenAnswers(model, profile).map(({ label, profile: without }) => {
		const ranking = rankRoles(model, without);
		return {
			answer: label,
			points: top.map((role) => roundPoints(scoreOf(ranked, role) - scoreOf(ranking, role))),
		};
	});
	return {
		top,
		near:
			first && second && gap <= NEAR ? { first: first.role, second: second.role, gap } : undefined,
		flips,
		moves,
	};
}
