import { describe, expect, test } from 'vitest';
import {
	type Atlas,
	caseStudiesForPathway,
	caseStudiesForRole,
	createAtlas,
	exercisesForRole,
	originTitle,
	pathwaysForCaseStudy,
	pathwaysForExercise,
	pathwaysFrom,
	pathwaysInto,
	pathwaysUsingResource,
	rolesEvolvedFrom,
} from './atlas';
import {
	EMPTY_ATLAS,
	caseStudyEntry,
	exerciseEntry,
	pathwayEntry,
	ref,
	roleEntry,
	stepEntry,
	sweToMlePathway,
} from '../../tests/fixtures/entries';

const role = roleEntry;
const pathway = pathwayEntry;
const exercise = exerciseEntry;
const caseStudy = (id: string, roles: string[], pathways: string[] = []) =>
	caseStudyEntry(id, roles, { pathways: pathways.map((p) => ref('pathways', p)) });

const atlas: Atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [
		role('prompt-engineer', { title: 'Prompt Engineer' }),
		role('ai-research-scientist', { title: 'AI Research Scientist', family: 'research' }),
		role('ml-engineer', { title: 'ML Engineer' }),
		role('ai-performance-evaluator', {
			title: 'AI Performance Evaluator',
			family: 'emerging',
			evolvedFrom: { role: ref('roles', 'ml-engineer') },
		}),
	],
	pathways: [
		sweToMlePathway({
			exercises: [ref('exercises', 'map-skills')],
		}),
		pathway('mle-to-evaluator', { role: ref('roles', 'ml-engineer') }, 'ai-performance-evaluator', {
			caseStudies: [ref('caseStudies', 'spotify')],
			stages: [
				{
					id: 'serve',
					title: 'Serve',
					duration: { min: 1, max: 2, unit: 'months', basis: 'estimate' },
					steps: [
						stepEntry('serve-llm', 'Serve an LLM', 'learn', {
							resources: [ref('resources', 'vllm')],
						}),
					],
				},
			],
		}),
	],
	caseStudies: [
		caseStudy('spotify', ['ml-engineer'], ['swe-to-mle']),
		caseStudy('scale', ['prompt-engineer']),
	],
	exercises: [
		exercise('org-design', 'advanced', ['ml-engineer']),
		exercise('map-skills', 'beginner', ['ml-engineer', 'prompt-engineer']),
	],
	backgrounds: [
		{
			id: 'software_engineering',
			collection: 'backgrounds',
			data: { title: 'Software engineering', summary: '' },
		},
	],
	skills: [],
});

describe('createAtlas', () => {
	test('sorts roles by family order, then title', () => {
		expect(atlas.roles.map((r) => r.id)).toEqual([
			'ai-research-scientist',
			'ml-engineer',
			'prompt-engineer',
			'ai-performance-evaluator',
		]);
	});

	test('sorts exercises easiest first', () => {
		expect(atlas.exercises.map((e) => e.id)).toEqual(['map-skills', 'org-design']);
	});
});

describe('reverse lookups', () => {
	test('pathways into and out of a role', () => {
		expect(pathwaysInto(atlas, 'ml-engineer').map((p) => p.id)).toEqual(['swe-to-mle']);
		expect(pathwaysFrom(atlas, 'ml-engineer').map((p) => p.id)).toEqual(['mle-to-evaluator']);
	});

	test('case studies and exercises for a role', () => {
		expect(caseStudiesForRole(atlas, 'prompt-engineer').map((c) => c.id)).toEqual(['scale']);
		expect(exercisesForRole(atlas, 'ml-engineer').map((e) => e.id)).toEqual([
			'map-skills',
			'org-design',
		]);
	});

	test('links between pathways and case studies count from either side', () => {
		const spotify = atlas.caseStudies.find((c) => c.id === 'spotify');
		const evaluator = atlas.pathways.find((p) => p.id === 'mle-to-evaluator');
		expect(spotify && pathwaysForCaseStudy(atlas, spotify).map((p) => p.id)).toEqual([
			'mle-to-evaluator',
			'swe-to-mle',
		]);
		expect(evaluator && caseStudiesForPathway(atlas, evaluator).map((c) => c.id)).toEqual([
			'spotify',
		]);
	});

	test('exercises know the pathways that use them', () => {
		expect(pathwaysForExercise(atlas, 'map-skills').map((p) => p.id)).toEqual(['swe-to-mle']);
		expect(pathwaysForExercise(atlas, 'org-design')).toEqual([]);
	});

	test('resources know the pathways whose steps link them', () => {
		expect(pathwaysUsingResource(atlas, 'vllm').map((p) => p.id)).toEqual(['mle-to-evaluator']);
		expect(pathwaysUsingResource(atlas, 'mlflow')).toEqual([]);
	});

	test('roles the LLM era reshaped point back at their origin', () => {
		expect(rolesEvolvedFrom(atlas, 'ml-engineer').map((r) => r.id)).toEqual([
			'ai-performance-evaluator',
		]);
	});

	test('origins are named by their role or background', () => {
		expect(originTitle(atlas, { role: ref('roles', 'ml-engineer') })).toBe('ML Engineer');
		expect(originTitle(atlas, { background: ref('backgrounds', 'software_engineering') })).toBe(
			'Software engineering',
		);
	});
});
