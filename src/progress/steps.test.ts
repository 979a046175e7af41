import { describe, expect, test } from 'vitest';
import { nextStep, planStagesOf, stepHref, stepsOf } from './steps';
import { fullProgress, smallCatalogue } from '../../tests/fixtures/progress';

const [pathway] = smallCatalogue().pathways;

test('a pathway’s steps run across its stages in order', () => {
	expect(pathway && stepsOf(pathway).map((step) => step.key)).toEqual([
		'swe-to-mle/take-a-course',
		'swe-to-mle/learn-python',
		'swe-to-mle/build-a-project',
	]);
});

test('a step’s address is its anchor on the pathway page', () => {
	const step = pathway?.stages[1]?.steps[0];
	expect(pathway && step && stepHref(pathway, step)).toBe(
		'/pathways/swe-to-mle/#step-build-a-project',
	);
});

test('stages for dating keep their estimates and their steps’ keys', () => {
	expect(pathway && planStagesOf(pathway)).toEqual([
		{
			id: 'foundations',
			duration: { min: 2, max: 4, unit: 'months' },
			keys: ['swe-to-mle/take-a-course', 'swe-to-mle/learn-python'],
		},
		{
			id: 'practice',
			duration: { min: 3, max: 6, unit: 'weeks' },
			keys: ['swe-to-mle/build-a-project'],
		},
	]);
});

const { entries } = fullProgress();
const steps = ['swe-to-mle/take-a-course', 'swe-to-mle/build-a-project', 'swe-to-mle/ship-it'];

describe('nextStep', () => {
	const listed = steps.map((key) => ({ key, title: key }));

	test('is the first step neither done nor skipped; one in progress counts', () => {
		expect(nextStep(entries, listed)?.key).toBe('swe-to-mle/build-a-project');
	});

	test('is undefined when every step is done or skipped', () => {
		const all = {
			...entries,
			'swe-to-mle/build-a-project': { state: 'skipped' as const, updated: 1 },
		};
		expect(nextStep(all, listed.slice(0, 2))).toBeUndefined();
	});
});
