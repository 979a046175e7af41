import { expect, test } from 'vitest';
import type { ExerciseEntry, PathwayEntry } from '../atlas';
import { progressCatalogue } from './catalogue';

const stage = (id: string, steps: string[]) => ({
	id,
	title: id,
	duration: { min: 1, max: 2, unit: 'months' as const, basis: 'estimate' as const },
	steps: steps.map((step) => ({ id: step, title: `Title of ${step}`, kind: 'learn' as const })),
});

const pathway = {
	id: 'swe-to-mle',
	collection: 'pathways',
	data: {
		title: 'SWE → MLE',
		summary: '',
		from: { background: { collection: 'backgrounds', id: 'software_engineering' } },
		to: { collection: 'roles', id: 'ml-engineer' },
		audience: '',
		carriesOver: [],
		gaps: [],
		stages: [stage('first', ['learn', 'build']), stage('second', ['apply'])],
		pitfalls: [],
		exercises: [],
		caseStudies: [],
	},
} satisfies PathwayEntry;

const exercise = {
	id: 'map-your-skills',
	collection: 'exercises',
	data: {
		title: 'Map your skills',
		summary: '',
		level: 'beginner',
		duration: { min: 1, max: 2, unit: 'hours', basis: 'estimate' },
		roles: [],
		goal: '',
		deliverable: '',
		steps: [],
		rubric: [],
		hints: [],
		caseStudies: [],
	},
} satisfies ExerciseEntry;

test('lists every step across stages, in order, keyed pathway/step', () => {
	expect(progressCatalogue({ pathways: [pathway], exercises: [exercise] })).toEqual({
		pathways: [
			{
				id: 'swe-to-mle',
				title: 'SWE → MLE',
				href: '/pathways/swe-to-mle/',
				steps: [
					{ key: 'swe-to-mle/learn', title: 'Title of learn' },
					{ key: 'swe-to-mle/build', title: 'Title of build' },
					{ key: 'swe-to-mle/apply', title: 'Title of apply' },
				],
			},
		],
		exercises: [
			{
				key: 'exercise/map-your-skills',
				title: 'Map your skills',
				href: '/exercises/map-your-skills/',
			},
		],
	});
});
