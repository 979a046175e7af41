import type { Atlas, ExerciseEntry, PathwayEntry, SkillEntry } from '../atlas/atlas';
import { paths } from '../lib/paths';
import type { StrongRating } from './known';
import { exerciseKey, stepKey } from './model';
import type { StageDuration } from './schedule';

/** A step as the progress islands list it. */
export interface CatalogueStep {
	key: string;
	title: string;
	/** Set when the step's "done" is evidence the reader can record (the step's `done` field). */
	evidence?: true;
}

/** A stage: its estimate dates it, its steps in order. */
export interface CatalogueStage {
	id: string;
	title: string;
	duration: StageDuration;
	steps: CatalogueStep[];
}

/** A pathway as the progress islands list it: its stages in order. */
export interface CataloguePathway {
	id: string;
	title: string;
	href: string;
	stages: CatalogueStage[];
}

/** An exercise as the progress page lists it. */
export interface CatalogueExercise {
	key: string;
	title: string;
	href: string;
}

/**
 * Everything that can carry progress, derived from the collections at build time and embedded in
 * the page as JSON (or served as `/progress/catalogue.json`), so the islands never keep lists of
 * their own.
 */
export interface Catalogue {
	pathways: CataloguePathway[];
	exercises: CatalogueExercise[];
}

/** A pathway's steps, in order, with their saved-progress keys. */
export function pathwaySteps(pathway: PathwayEntry): CatalogueStep[] {
	return cataloguePathway(pathway).stages.flatMap((stage) => stage.steps);
}

/** A pathway with its stages and steps, keyed for saved progress. */
export function cataloguePathway(pathway: PathwayEntry): CataloguePathway {
	return {
		id: pathway.id,
		title: pathway.data.title,
		href: paths.pathway(pathway.id),
		stages: pathway.data.stages.map(({ id, title, duration: { min, max, unit }, steps }) => ({
			id,
			title,
			duration: { min, max, unit },
			steps: steps.map((step) => ({
				key: stepKey(pathway.id, step.id),
				title: step.title,
				...(step.done !== undefined && { evidence: true as const }),
			})),
		})),
	};
}

/** An exercise with its saved-progress key. */
export function catalogueExercise(exercise: ExerciseEntry): CatalogueExercise {
	return {
		key: exerciseKey(exercise.id),
		title: exercise.data.title,
		href: paths.exercise(exercise.id),
	};
}

/** Every pathway and exercise that can carry progress, in the atlas's display order. */
export function progressCatalogue(atlas: Pick<Atlas, 'pathways' | 'exercises'>): Catalogue {
	return {
		pathways: atlas.pathways.map(cataloguePathway),
		exercises: atlas.exercises.map(catalogueExercise),
	};
}

/**
 * What the progress panel on a pathway page reads: the pathway, the skills each step builds (by
 * step key), the titles of those skills, and the rating that counts as having a skill.
 */
export interface PanelData {
	pathway: CataloguePathway;
	skills: Record<string, string[]>;
	titles: Record<string, string>;
	strong: StrongRating;
}

/** The panel's data for a pathway, with only the skills its steps build. */
export function panelData(
	pathway: PathwayEntry,
	skills: readonly Pick<SkillEntry, 'id' | 'data'>[],
	strong: StrongRating,
): PanelData {
	const steps = pathway.data.stages.flatMap((stage) => stage.steps);
	const used = new Set(steps.flatMap((step) => step.skills.map((skill) => skill.id)));
	return {
		pathway: cataloguePathway(pathway),
		skills: Object.fromEntries(
			steps
				.filter((step) => step.skills.length > 0)
				.map((step) => [stepKey(pathway.id, step.id), step.skills.map((skill) => skill.id)]),
		),
		titles: Object.fromEntries(
			skills.filter((skill) => used.has(skill.id)).map((skill) => [skill.id, skill.data.title]),
		),
		strong,
	};
}

/** The tag an exercise's body uses to place the skills-matrix worksheet. */
const MATRIX_TAG = '<SkillsMatrix';

/** The page of the first exercise whose body places the skills-matrix worksheet, if any. */
export function matrixPage(
	exercises: readonly Pick<ExerciseEntry, 'id' | 'body'>[],
): string | undefined {
	const exercise = exercises.find((entry) => entry.body?.includes(MATRIX_TAG));
	return exercise && paths.exercise(exercise.id);
}
