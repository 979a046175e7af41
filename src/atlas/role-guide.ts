import {
	type Atlas,
	type ExerciseEntry,
	type RoleEntry,
	exercisesForRole,
	originTitle,
	pathwaysInto,
	resolve,
} from './atlas';
import { type NextStep, type PageLink, resourceLink } from './page-links';
import { FIND_YOUR_ROLE_STEP, pathwayStep } from './next-step';
import { paths } from '../lib/paths';
import { pluralise } from '../lib/format';

/**
 * The one line a role page shows where a section's list is empty, the same on every role, so a
 * gap in what is published reads as a gap instead of being filled in.
 */
export const NOTHING_PUBLISHED = 'Nothing is published on this for this role.';

/** One group of a role's tools ("Pipelines"), each tool linked to its resource entry. */
export interface ToolGroup {
	group: string;
	tools: PageLink[];
}

/** The role's tools, by group, in the order the role lists them. */
export function roleTools(atlas: Pick<Atlas, 'resources'>, role: RoleEntry): ToolGroup[] {
	return role.data.tools.map(({ group, resources }) => ({
		group,
		tools: resolve(atlas.resources, resources).map(resourceLink),
	}));
}

/** One of the three "fit" sections of a role page, with its heading and anchor. */
export interface FitSection {
	id: string;
	heading: string;
	items: readonly string[];
}

/**
 * "Is it for you?", "Where the work happens" and "Proof you can show", in that order, on every role
 * page alike; a section whose list is empty is kept so the page can say nothing is published on it.
 */
export function fitSections(role: RoleEntry): FitSection[] {
	const { signals, workplace, proof } = role.data.fit;
	return [
		{ id: 'is-it-for-you', heading: 'Is it for you?', items: signals },
		{ id: 'where-the-work-happens', heading: 'Where the work happens', items: workplace },
		{ id: 'proof-you-can-show', heading: 'Proof you can show', items: proof },
	];
}

/** A role whose name describes changed work, and the older work to search listings for instead. */
export interface ChangedWork {
	role: string;
	searchFor: string;
}

/**
 * For a role in the `emerging` family (the roles the LLM era reshaped), what to tell readers: its
 * name is this site's name for how the work changed, not a job title in listings, so they should
 * search for the role or background it evolved from. Undefined for every other family.
 */
export function changedWork(atlas: Atlas, role: RoleEntry): ChangedWork | undefined {
	const origin = role.data.evolvedFrom;
	if (role.data.family !== 'emerging' || origin === undefined) return undefined;
	return { role: role.data.title, searchFor: originTitle(atlas, origin) };
}

/**
 * A role page's next step: the first pathway into the role, or, for a role with no pathway yet,
 * the role finder.
 */
export function roleNextStep(atlas: Atlas, role: RoleEntry): NextStep {
	const [pathway] = pathwaysInto(atlas, role.id);
	return pathway ? pathwayStep('Plan the move, stage by stage:', pathway) : FIND_YOUR_ROLE_STEP;
}

/**
 * Where a reader starts towards a role, for the top of its page: each pathway into it, named by
 * the role or background it starts from, so a skimming reader finds their own plan at a glance.
 */
export function startingPoints(atlas: Atlas, role: RoleEntry): PageLink[] {
	return pathwaysInto(atlas, role.id).map((pathway) => ({
		href: paths.pathway(pathway.id),
		title: originTitle(atlas, pathway.data.from),
	}));
}

/** How many exercises a role page lists; the rest are one link away, on the exercises index. */
export const ROLE_EXERCISE_LIMIT = 3;

/** The exercises a role page lists, and the link to all of them when it lists only some. */
export interface RoleExercises {
	exercises: ExerciseEntry[];
	more: PageLink | undefined;
}

/**
 * The exercises a role page lists: of those that build toward the role, the ones most pathways
 * into it use (ties easiest first), at most {@link ROLE_EXERCISE_LIMIT}, so the page stays short
 * and leads with the exercises its plans rely on.
 */
export function roleExercises(atlas: Atlas, role: RoleEntry): RoleExercises {
	const plans = pathwaysInto(atlas, role.id);
	const uses = (exercise: ExerciseEntry) =>
		plans.filter((plan) => plan.data.exercises.some((ref) => ref.id === exercise.id)).length;
	const all = exercisesForRole(atlas, role.id);
	const exercises = all
		.map((exercise, order) => ({ exercise, order, uses: uses(exercise) }))
		.sort((a, b) => b.uses - a.uses || a.order - b.order)
		.slice(0, ROLE_EXERCISE_LIMIT)
		.map(({ exercise }) => exercise);
	const more =
		all.length > exercises.length
			? {
					href: paths.exercises,
					title: `All ${pluralise(atlas.exercises.length, 'exercise')}, by level`,
				}
			: undefined;
	return { exercises, more };
}
