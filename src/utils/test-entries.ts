import type { CaseStudyEntry, ExerciseEntry, PathwayEntry, RoleEntry } from './atlas';

/**
 * Collection entries for unit tests: every required field filled with an empty value, so a test
 * states only the fields it is about. One factory per collection keeps the tests from each
 * keeping a copy of the schemas' shape.
 */

/** A reference as Astro's `reference()` resolves it. */
export const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

/** A role with empty data apart from what the test gives. */
export function roleEntry(id: string, data: Partial<RoleEntry['data']> = {}): RoleEntry {
	return {
		id,
		collection: 'roles',
		data: {
			title: id,
			summary: '',
			family: 'engineering',
			focus: '',
			coreSkills: [],
			background: '',
			expects: '',
			keySkills: [],
			aliases: [],
			related: [],
			...data,
		},
	};
}

/** A pathway from `from` to the role `to`, with empty data apart from what the test gives. */
export function pathwayEntry(
	id: string,
	from: PathwayEntry['data']['from'],
	to: string,
	data: Partial<PathwayEntry['data']> = {},
): PathwayEntry {
	return {
		id,
		collection: 'pathways',
		data: {
			title: id,
			summary: '',
			from,
			to: ref('roles', to),
			audience: '',
			carriesOver: [],
			gaps: [],
			stages: [],
			pitfalls: [],
			exercises: [],
			caseStudies: [],
			...data,
		},
	};
}

/** A case study of the given roles, with empty data apart from what the test gives. */
export function caseStudyEntry(
	id: string,
	roles: string[],
	data: Partial<CaseStudyEntry['data']> = {},
): CaseStudyEntry {
	return {
		id,
		collection: 'caseStudies',
		data: {
			title: id,
			summary: '',
			organisation: '',
			period: '',
			roles: roles.map((role) => ref('roles', role)),
			pathways: [],
			tags: [],
			lessons: [],
			...data,
		},
	};
}

/** An exercise at a level for the given roles, with empty data apart from what the test gives. */
export function exerciseEntry(
	id: string,
	level: ExerciseEntry['data']['level'],
	roles: string[],
	data: Partial<ExerciseEntry['data']> = {},
): ExerciseEntry {
	return {
		id,
		collection: 'exercises',
		data: {
			title: id,
			summary: '',
			level,
			duration: { min: 1, max: 2, unit: 'hours', basis: 'estimate' },
			roles: roles.map((role) => ref('roles', role)),
			goal: '',
			deliverable: '',
			steps: [],
			rubric: [],
			hints: [],
			caseStudies: [],
			...data,
		},
	};
}
