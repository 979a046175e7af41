import type { Atlas, ExerciseEntry, PathwayEntry } from '../atlas/atlas';
import { paths } from '../lib/paths';
import { exerciseKey, stepKey } from './model';

/** A step as the progress page lists it. */
export interface CatalogueStep {
	key: string;
	title: string;
}

/** A pathway as the progress page lists it: its steps in order, across stages. */
export interface CataloguePathway {
	id: string;
	title: string;
	href: string;
	steps: CatalogueStep[];
}

/** An exercise as the progress page lists it. */
export interface CatalogueExercise {
	key: string;
	title: string;
	href: string;
}

/**
 * Everything that can carry progress, derived from the collections at build time and embedded in
 * the page as JSON, so the islands never keep lists of their own.
 */
export interface Catalogue {
	pathways: CataloguePathway[];
	exercises: CatalogueExercise[];
}

/** A pathway's steps, in order, with their saved-progress keys. */
export function pathwaySteps(pathway: PathwayEntry): CatalogueStep[] {
	return pathway.data.stages.flatMap((stage) =>
		stage.steps.map((step) => ({ key: stepKey(pathway.id, step.id), title: step.title })),
	);
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
		pathways: atlas.pathways.map((pathway) => ({
			id: pathway.id,
			title: pathway.data.title,
			href: paths.pathway(pathway.id),
			steps: pathwaySteps(pathway),
		})),
		exercises: atlas.exercises.map(catalogueExercise),
	};
}
