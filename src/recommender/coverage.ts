import type { Model, RoleSummary } from './model';
import type { Profile } from './profile';
import { TOP_COUNT } from './results';
import { rankRoles } from './score';

/**
 * Profiles most likely to put one role at the top: each background, with and without the
 * interests that name the role, every goal that names it, and the role's key skills rated at the
 * top with the other skills rated at the bottom (or nothing rated).
 */
function candidates(model: Model, role: RoleSummary): Profile[] {
	const top = model.assessment.skills.levels.length - 1;
	const interests = model.quickMatch.interests
		.filter((interest) => interest.roles.includes(role.id))
		.map((interest) => interest.id);
	const goals = model.assessment.goals
		.filter((goal) => goal.roles.includes(role.id))
		.map((goal) => goal.id);
	const focused = Object.fromEntries(
		model.skills.map((skill) => [skill.id, role.keySkills.includes(skill.id) ? top : 0]),
	);
	return model.quickMatch.backgrounds.flatMap(({ background }) =>
		[[], interests].flatMap((chosen) =>
			[{}, focused].map((skills) => ({ background, interests: chosen, goals, skills })),
		),
	);
}

/** A profile that ranks the role among the top results, if the search finds one. */
export function profileReaching(model: Model, role: RoleSummary): Profile | undefined {
	return candidates(model, role).find((profile) =>
		rankRoles(model, profile)
			.slice(0, TOP_COUNT)
			.some((result) => result.role === role.id),
	);
}

/**
 * Roles no reader could ever see among their top results. The build fails on any, because a role
 * the recommender can never suggest is one nobody finds through it: point an interest or a goal
 * at it in `content/recommender/`.
 */
export function unreachableRoles(model: Model): RoleSummary[] {
	return model.roles.filter((role) => profileReaching(model, role) === undefined);
}
