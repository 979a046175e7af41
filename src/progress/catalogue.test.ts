import { expect, test } from 'vitest';
import { exerciseEntry, pathwayEntry, ref, stepEntry } from '../../tests/fixtures/entries';
import { pathwaySteps, progressCatalogue } from './catalogue';

const stage = (id: string, steps: string[]) => ({
	id,
	title: `Stage ${id}`,
	duration: { min: 1, max: 2, unit: 'months' as const, basis: 'estimate' as const },
	steps: steps.map((step) =>
		stepEntry(step, `Title of ${step}`, 'learn', step === 'build' ? { done: 'A repo' } : {}),
	),
});

const pathway = pathwayEntry(
	'swe-to-mle',
	{ background: ref('backgrounds', 'software_engineering') },
	'ml-engineer',
	{ title: 'SWE → MLE', stages: [stage('first', ['learn', 'build']), stage('second', ['apply'])] },
);

const exercise = exerciseEntry('map-your-skills', 'beginner', [], { title: 'Map your skills' });

test('lists every stage with its estimate and its steps, keyed pathway/step', () => {
	const duration = { min: 1, max: 2, unit: 'months' };
	expect(progressCatalogue({ pathways: [pathway], exercises: [exercise] })).toEqual({
		pathways: [
			{
				id: 'swe-to-mle',
				title: 'SWE → MLE',
				href: '/pathways/swe-to-mle/',
				stages: [
					{
						id: 'first',
						title: 'Stage first',
						duration,
						steps: [
							{ key: 'swe-to-mle/learn', title: 'Title of learn' },
							{ key: 'swe-to-mle/build', title: 'Title of build', evidence: true },
						],
					},
					{
						id: 'second',
						title: 'Stage second',
						duration,
						steps: [{ key: 'swe-to-mle/apply', title: 'Title of apply' }],
					},
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

test('lists a pathway’s steps in order across stages', () => {
	expect(pathwaySteps(pathway).map((step) => step.key)).toEqual([
		'swe-to-mle/learn',
		'swe-to-mle/build',
		'swe-to-mle/apply',
	]);
});
