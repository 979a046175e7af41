import type { CollectionEntry } from 'astro:content';
import { FAMILIES } from '../schemas/family';
import { LEVELS } from '../schemas/level';

/** A role entry as the content layer returns it. */
export type RoleEntry = CollectionEntry<'roles'>;
/** A pathway entry as the content layer returns it. */
export type PathwayEntry = CollectionEntry<'pathways'>;
/** A case study entry as the content layer returns it. */
export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
/** An exercise entry as the content layer returns it. */
export type ExerciseEntry = CollectionEntry<'exercises'>;
/** A background entry as the content layer returns it. */
export type BackgroundEntry = CollectionEntry<'backgrounds'>;
/** A skill entry as the content layer returns it. */
export type SkillEntry = CollectionEntry<'skills'>;

/** A course, tool, framework, platform, model, paper or organisation, with its official address. */
export type ResourceEntry = CollectionEntry<'resources'>;

/** A glossary term. */
export type TermEntry = CollectionEntry<'terms'>;

/** A question and answer on the FAQ page. */
export type FaqEntry = CollectionEntry<'faq'>;

/** One of the documents the site is written from, named in pages' Sources boxes. */
export type SourceEntry = CollectionEntry<'sources'>;

/** A guide or other docs page (the home page, the guides, the 404 page). */
export type DocsEntry = CollectionEntry<'docs'>;
/** Where a pathway starts: one role or one background. */
export type Origin = PathwayEntry['data']['from'];

/**
 * Every collection of the site, sorted for display. Pages ask it questions ("which pathways lead
 * into this role?") instead of keeping lists of their own, so that adding an entry is adding a file.
 */
export interface Atlas {
	roles: RoleEntry[];
	pathways: PathwayEntry[];
	caseStudies: CaseStudyEntry[];
	exercises: ExerciseEntry[];
	backgrounds: BackgroundEntry[];
	skills: SkillEntry[];
	resources: ResourceEntry[];
	terms: TermEntry[];
	faq: FaqEntry[];
	sources: SourceEntry[];
	docs: DocsEntry[];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	a.data.title.localeCompare(b.data.title, 'en');

/**
 * Builds an atlas from the raw collections: roles by family, exercises by level, resources by
 * name, terms alphabetically, questions in their set order, the rest by title.
 */
export function createAtlas(collections: Atlas): Atlas {
	return {
		roles: [...collections.roles].sort(
			(a, b) => FAMILIES.indexOf(a.data.family) - FAMILIES.indexOf(b.data.family) || byTitle(a, b),
		),
		pathways: [...collections.pathways].sort(byTitle),
		caseStudies: [...collections.caseStudies].sort(byTitle),
		exercises: [...collections.exercises].sort(
			(a, b) => LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level) || byTitle(a, b),
		),
		backgrounds: [...collections.backgrounds].sort(byTitle),
		skills: [...collections.skills].sort(byTitle),
		resources: [...collections.resources].sort((a, b) =>
			a.data.name.localeCompare(b.data.name, 'en'),
		),
		terms: [...collections.terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
		faq: [...collections.faq].sort((a, b) => a.data.order - b.data.order),
		sources: [...collections.sources],
		docs: [...collections.docs].sort(byTitle),
	};
}

const hasId = (refs: readonly { id: string }[], id: string) => refs.some((ref) => ref.id === id);

/** Finds a role by id; the integrity check guarantees references resolve. */
export function getRole(atlas: Atlas, id: string): RoleEntry | undefined {
	return atlas.roles.find((role) => role.id === id);
}

/** Resolves a list of references to entries, in the order written, skipping none. */
export function resolve<T extends { id: string }>(
	entries: readonly T[],
	refs: readonly { id: string }[],
): T[] {
	return refs.flatMap((ref) => entries.filter((entry) => entry.id === ref.id));
}

/** The name of a pathway's starting point: a role's title or a background's title. */
export function originTitle(atlas: Atlas, origin: Origin): string {
	if (origin.role) return getRole(atlas, origin.role.id)?.data.title ?? origin.role.id;
	const id = origin.background?.id;
	return atlas.backgrounds.find((b) => b.id === id)?.data.title ?? id ?? '';
}

/** Pathways that lead into a role. */
export function pathwaysInto(atlas: Atlas, roleId: string): PathwayEntry[] {
	return atlas.pathways.filter((pathway) => pathway.data.to.id === roleId);
}

/** Pathways that start from a role. */
export function pathwaysFrom(atlas: Atlas, roleId: string): PathwayEntry[] {
	return atlas.pathways.filter((pathway) => pathway.data.from.role?.id === roleId);
}

/** Pathways that start from a background (a starting point that is not a role). */
export function pathwaysFromBackground(atlas: Atlas, backgroundId: string): PathwayEntry[] {
	return atlas.pathways.filter((pathway) => pathway.data.from.background?.id === backgroundId);
}

/** Case studies that illustrate a role. */
export function caseStudiesForRole(atlas: Atlas, roleId: string): CaseStudyEntry[] {
	return atlas.caseStudies.filter((study) => hasId(study.data.roles, roleId));
}

/** Exercises that build toward a role. */
export function exercisesForRole(atlas: Atlas, roleId: string): ExerciseEntry[] {
	return atlas.exercises.filter((exercise) => hasId(exercise.data.roles, roleId));
}

/** Roles that the LLM era reshaped out of this role. */
export function rolesEvolvedFrom(atlas: Atlas, roleId: string): RoleEntry[] {
	return atlas.roles.filter((role) => role.data.evolvedFrom?.role?.id === roleId);
}

/** Pathways that use an exercise along the way. */
export function pathwaysForExercise(atlas: Atlas, exerciseId: string): PathwayEntry[] {
	return atlas.pathways.filter((pathway) => hasId(pathway.data.exercises, exerciseId));
}

/** Pathways with a step that links a resource. */
export function pathwaysUsingResource(atlas: Atlas, resourceId: string): PathwayEntry[] {
	return atlas.pathways.filter((pathway) =>
		pathway.data.stages.some((stage) =>
			stage.steps.some((step) => hasId(step.resources, resourceId)),
		),
	);
}

/** Case studies linked with a pathway, whichever side names the link. */
export function caseStudiesForPathway(atlas: Atlas, pathway: PathwayEntry): CaseStudyEntry[] {
	return atlas.caseStudies.filter(
		(study) => hasId(pathway.data.caseStudies, study.id) || hasId(study.data.pathways, pathway.id),
	);
}

/** Pathways linked with a case study, whichever side names the link. */
export function pathwaysForCaseStudy(atlas: Atlas, study: CaseStudyEntry): PathwayEntry[] {
	return atlas.pathways.filter(
		(pathway) =>
			hasId(study.data.pathways, pathway.id) || hasId(pathway.data.caseStudies, study.id),
	);
}

/** Exercises that draw on a case study. */
export function exercisesForCaseStudy(atlas: Atlas, studyId: string): ExerciseEntry[] {
	return atlas.exercises.filter((exercise) => hasId(exercise.data.caseStudies, studyId));
}
