import type { BackgroundMatch, Model, RoleSummary } from './model';
import type { Profile } from './profile';

/**
 * One part of a role's score. Every score is the sum of its terms, and every term says what it is
 * for and why, so a reader can check the arithmetic.
 */
export interface Term {
	/** What the points are for ("background: Software engineering", "skills"). */
	label: string;
	/** Points added; negative for a penalty; rounded to a tenth. */
	points: number;
	/** Why, in a sentence. */
	reason: string;
}

/** A role's score and the terms it is the sum of. */
export interface RoleScore {
	/** The role id. */
	role: string;
	/** The sum of `terms`, rounded to a tenth. */
	score: number;
	terms: Term[];
}

/**
 * Rounds points to a tenth. Every term is rounded before it is added, so the score shown is
 * exactly the sum of the terms shown, and equal scores compare equal.
 */
export function roundPoints(points: number): number {
	return Math.round(points * 10) / 10;
}

/**
 * The background the seed scores with: the one given if the model knows it, otherwise the
 * fallback (`background_map.get(background, background_map["non_technical"])`).
 */
export function backgroundMatch(model: Model, background?: string): BackgroundMatch | undefined {
	const { backgrounds, fallback } = model.quickMatch;
	return (
		backgrounds.find((match) => match.background === background) ??
		backgrounds.find((match) => match.background === fallback)
	);
}

/**
 * The seed's `recommend_roles`, term by term: the roles in the background's list start at the
 * background points with the list's reason, then each interest, in the order given, adds its
 * points to the roles it lists. Unknown interests add nothing. Roles come back in the order the
 * algorithm first meets them, unsorted, which is what the seed's stable sort breaks ties with.
 */
export function quickMatch(
	model: Model,
	profile: Pick<Profile, 'background' | 'interests'>,
): Map<string, Term[]> {
	const { interestPoints, backgroundPoints, interests } = model.quickMatch;
	const met = new Map<string, Term[]>();
	const add = (role: string, term: Term) => met.set(role, [...(met.get(role) ?? []), term]);
	const match = backgroundMatch(model, profile.background);
	if (match !== undefined) {
		const label = `background: ${match.title}`;
		for (const { role, reason } of match.roles)
			add(role, { label, points: backgroundPoints, reason });
	}
	for (const id of profile.interests) {
		const interest = interests.find((candidate) => candidate.id === id);
		if (interest === undefined) continue;
		const term = {
			label: `interest: ${interest.label}`,
			points: interestPoints,
			reason: interest.reason,
		};
		for (const role of interest.roles) add(role, term);
	}
	return met;
}

/** The skills term: the mean of the reader's ratings on the role's key skills they rated, scaled. */
function skillsTerm(model: Model, profile: Profile, role: RoleSummary): Term[] {
	const { levels, maxPoints } = model.assessment.skills;
	const top = levels.length - 1;
	const rated = role.keySkills.flatMap((id) => {
		const rating = Object.hasOwn(profile.skills, id) ? profile.skills[id] : undefined;
		if (rating === undefined || !Number.isFinite(rating)) return [];
		const title = model.skills.find((skill) => skill.id === id)?.title ?? id;
		return [{ title, rating: Math.min(top, Math.max(0, Math.round(rating))) }];
	});
	if (rated.length === 0) return [];
	const mean = rated.reduce((total, { rating }) => total + rating, 0) / rated.length;
	return [
		{
			label: 'skills',
			points: roundPoints((mean / top) * maxPoints),
			reason: `Your ratings on ${rated.length} of its ${role.keySkills.length} key skills: ${rated
				.map(({ title, rating }) => `${title} ${rating}`)
				.join(', ')} (mean ${roundPoints(mean)} of ${top})`,
		},
	];
}

/** Goal terms: each chosen goal that lists the role adds its points. */
function goalTerms(model: Model, profile: Profile, role: RoleSummary): Term[] {
	return profile.goals.flatMap((id) => {
		const goal = model.assessment.goals.find((candidate) => candidate.id === id);
		return goal?.roles.includes(role.id)
			? [{ label: `goal: ${goal.label}`, points: goal.points, reason: goal.reason }]
			: [];
	});
}

/** Travel terms: the chosen answer's adjustments for the role (a penalty for FDE if unwilling). */
function travelTerms(model: Model, profile: Profile, role: RoleSummary): Term[] {
	const option = model.assessment.travel.options.find(
		(candidate) => candidate.id === profile.travel,
	);
	return (option?.adjustments ?? [])
		.filter((adjustment) => adjustment.role === role.id)
		.map(({ points, reason }) => ({ label: 'travel', points: roundPoints(points), reason }));
}

/** The highest top of range among the roles, which the pay term scales against. */
export function highestPay(model: Model): RoleSummary['pay'] {
	return model.roles.reduce<RoleSummary['pay']>(
		(highest, { pay }) => (pay && (!highest || pay.top > highest.top) ? pay : highest),
		null,
	);
}

/**
 * The pay term: the chosen answer's maximum points, scaled by the role's top of range for the
 * model's pay year against the highest top of range on the site. Roles with no figure get 0 and
 * say so; an answer worth no points adds no term.
 */
function payTerms(model: Model, profile: Profile, role: RoleSummary): Term[] {
	const { options, year } = model.assessment.pay;
	const option = options.find((candidate) => candidate.id === profile.pay);
	if (option === undefined || option.maxPoints === 0) return [];
	const best = highestPay(model);
	const label = 'pay priority';
	if (role.pay === null || best === null) {
		return [{ label, points: 0, reason: `No ${year} pay figure is published for this role` }];
	}
	return [
		{
			label,
			points: roundPoints((option.maxPoints * role.pay.top) / best.top),
			reason: `Top of its range: ${role.pay.topLabel}, ${role.pay.basis}; the highest here is ${best.topLabel}`,
		},
	];
}

/**
 * Ranks every role for a profile, best first. The quick match's terms come first; the full
 * assessment adds skills, goals, travel and pay terms. Ties keep the seed's order: roles in the
 * order the quick match met them, then every other role in the model's fixed order (the site's
 * order: family, then title). With nothing but a background and interests answered, the ranking
 * is exactly the quick match's.
 */
export function rankRoles(model: Model, profile: Profile): RoleScore[] {
	const met = quickMatch(model, profile);
	const byId = new Map(model.roles.map((role) => [role.id, role]));
	const order = [...met.keys(), ...model.roles.map((role) => role.id).filter((id) => !met.has(id))];
	return order
		.flatMap((id) => {
			const role = byId.get(id);
			if (role === undefined) return [];
			const terms = [
				...(met.get(id) ?? []),
				...skillsTerm(model, profile, role),
				...goalTerms(model, profile, role),
				...travelTerms(model, profile, role),
				...payTerms(model, profile, role),
			];
			const score = roundPoints(terms.reduce((total, term) => total + term.points, 0));
			return [{ role: id, score, terms }];
		})
		.sort((a, b) => b.score - a.score);
}
