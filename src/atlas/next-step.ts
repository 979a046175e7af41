import {
	type Atlas,
	type CaseStudyEntry,
	type ExerciseEntry,
	type PathwayEntry,
	exercisesForCaseStudy,
	pathwaysForCaseStudy,
	pathwaysForExercise,
	resolve,
} from './atlas';
import type { NextStep } from './page-links';
import { paths } from '../lib/paths';
import { LEVELS } from '../schemas/level';

/**
 * The next step of last resort, for a page whose entry links to nothing more specific: the role
 * finder, which ranks every role against the reader's answers, so no page ends on a dead end.
 */
export const FIND_YOUR_ROLE_STEP: NextStep = {
	lead: 'Not sure which role to aim for?',
	href: paths.findYourRole,
	title: 'Find your role',
	summary: 'Answer a few questions and see how every role scores against them, with reasons.',
};

/** A pathway as a next step, under the given lead-in. */
export function pathwayStep(lead: string, pathway: PathwayEntry): NextStep {
	return {
		lead,
		href: paths.pathway(pathway.id),
		title: pathway.data.title,
		summary: pathway.data.summary,
	};
}

/** An exercise as a next step, under the given lead-in. */
export function exerciseStep(lead: string, exercise: ExerciseEntry): NextStep {
	return {
		lead,
		href: paths.exercise(exercise.id),
		title: exercise.data.title,
		summary: exercise.data.summary,
	};
}

/**
 * A case study's next step. A case shows work a reader could move into, so the plan for that
 * move comes first: the first pathway the case names, or else one that names the case; failing
 * that, the first exercise that draws on it, to practise on the case; failing that, the first
 * role it shows.
 */
export function caseStudyNextStep(atlas: Atlas, study: CaseStudyEntry): NextStep {
	const [pathway] = [
		...resolve(atlas.pathways, study.data.pathways),
		...pathwaysForCaseStudy(atlas, study),
	];
	if (pathway) return pathwayStep('Plan a move into this work, stage by stage:', pathway);
	const [exercise] = exercisesForCaseStudy(atlas, study.id);
	if (exercise) return exerciseStep('Practise on this case:', exercise);
	const [role] = resolve(atlas.roles, study.data.roles);
	if (!role) return FIND_YOUR_ROLE_STEP;
	return {
		lead: 'Read the guide to the role it shows:',
		href: paths.role(role.id),
		title: role.data.title,
		summary: role.data.summary,
	};
}

/**
 * An exercise's next step: the exercise a level up, so a reader who finishes one has the next to
 * climb to. The first listed role is the exercise's main one, so a harder exercise for the same
 * main role comes first, then one for any of its roles. An advanced exercise has nothing above
 * it, so it points to the plan that uses it (one into its main role, if any); an exercise no plan
 * uses points to the role finder.
 */
export function exerciseNextStep(atlas: Atlas, exercise: ExerciseEntry): NextStep {
	const level = LEVELS.indexOf(exercise.data.level);
	const roles = exercise.data.roles.map((role) => role.id);
	const [main] = roles;
	const harder = atlas.exercises.filter((other) => LEVELS.indexOf(other.data.level) > level);
	const up =
		harder.find((other) => other.data.roles[0]?.id === main) ??
		harder.find((other) => other.data.roles.some((role) => roles.includes(role.id)));
	if (up) return exerciseStep('Ready for more? Go a level up:', up);
	const plans = pathwaysForExercise(atlas, exercise.id);
	const plan = plans.find((pathway) => pathway.data.to.id === main) ?? plans[0];
	if (plan) return pathwayStep('Put it to work in a plan, stage by stage:', plan);
	return FIND_YOUR_ROLE_STEP;
}
