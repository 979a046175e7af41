import { type Atlas, type PathwayEntry, caseStudiesForPathway, getRole, resolve } from './atlas';
import { caseStudyItem, exerciseItem } from './items';
import { FIND_YOUR_ROLE_STEP, exerciseStep } from './next-step';
import { type NextStep, type PageLink, resourceLink } from './page-links';
import { paths } from '../lib/paths';
import { type LinkSection, nonEmpty } from './sections';

/** One step of a pathway, as its content writes it. */
export type Step = PathwayEntry['data']['stages'][number]['steps'][number];

/** A labelled group of links under a step ("Exercise", "Resources"). */
export interface StepLinkGroup {
	label: string;
	links: PageLink[];
}

/** What a step shows besides its title: where to go, what it builds and when it is done. */
export interface StepGuide {
	links: StepLinkGroup[];
	skills: string[];
	done: string | undefined;
}

/**
 * A step's links (its exercise, guide, role page and resources, in that order, leaving out the
 * kinds it has none of), the titles of the skills it builds and what "done" looks like.
 */
export function stepGuide(atlas: Atlas, step: Step): StepGuide {
	const exercise = step.exercise && resolve(atlas.exercises, [step.exercise]);
	const guide = step.guide && resolve(atlas.docs, [step.guide]);
	const role = step.role && getRole(atlas, step.role.id);
	const groups: StepLinkGroup[] = [
		{
			label: 'Exercise',
			links: (exercise ?? []).map((e) => ({ href: paths.exercise(e.id), title: e.data.title })),
		},
		{
			label: 'Guide',
			links: (guide ?? []).map((g) => ({ href: paths.guide(g.id), title: g.data.title })),
		},
		{
			label: 'Role',
			links: role ? [{ href: paths.role(role.id), title: role.data.title }] : [],
		},
		{
			label: 'Resources',
			links: resolve(atlas.resources, step.resources).map(resourceLink),
		},
	];
	return {
		links: groups.filter((group) => group.links.length > 0),
		skills: resolve(atlas.skills, step.skills).map((skill) => skill.data.title),
		done: step.done,
	};
}

/**
 * A pathway page's next step: the exercise of the earliest step that has one, since an exercise
 * is something to start today; failing that, the plan's first step. The schema requires a step,
 * so the role finder is there only for the type.
 */
export function pathwayNextStep(atlas: Atlas, pathway: PathwayEntry): NextStep {
	const steps = pathway.data.stages.flatMap((stage) => stage.steps);
	const [exercise] = steps.flatMap((step) =>
		step.exercise ? resolve(atlas.exercises, [step.exercise]) : [],
	);
	if (exercise) return exerciseStep('Start with the first exercise of the plan:', exercise);
	const [first] = steps;
	if (!first) return FIND_YOUR_ROLE_STEP;
	return {
		lead: 'Start with the first step of the plan:',
		href: `#${paths.stepAnchor(first.id)}`,
		title: first.title,
		summary: first.detail ?? first.done ?? '',
	};
}

/** The related pages a pathway page lists after its plan, leaving out the lists with nothing in them. */
export function pathwayLinkSections(atlas: Atlas, pathway: PathwayEntry): LinkSection[] {
	return nonEmpty([
		{
			id: 'exercises',
			heading: 'Exercises along the way',
			items: resolve(atlas.exercises, pathway.data.exercises).map(exerciseItem),
		},
		{
			id: 'case-studies',
			heading: 'Case studies',
			items: caseStudiesForPathway(atlas, pathway).map(caseStudyItem),
		},
	]);
}
