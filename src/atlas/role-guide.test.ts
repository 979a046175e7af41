import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	exerciseEntry,
	pathwayEntry,
	ref,
	resourceEntry,
	roleEntry,
	sweToMlePathway,
} from '../../tests/fixtures/entries';
import { createAtlas } from './atlas';
import {
	changedWork,
	fitSections,
	roleExercises,
	roleNextStep,
	roleTools,
	startingPoints,
} from './role-guide';

const mle = roleEntry('ml-engineer', {
	title: 'ML Engineer',
	tools: [
		{ group: 'Pipelines', resources: [ref('resources', 'airflow'), ref('resources', 'kubeflow')] },
		{ group: 'Serving', resources: [ref('resources', 'fastapi')] },
	],
	fit: { signals: ['You like systems.'], workplace: [], proof: ['A deployed model.'] },
});
const evaluator = roleEntry('ai-performance-evaluator', {
	title: 'AI Performance Evaluator',
	family: 'emerging',
	evolvedFrom: { role: ref('roles', 'ml-engineer') },
});
const builder = roleEntry('ai-application-builder', {
	title: 'AI Application Builder',
	family: 'emerging',
	evolvedFrom: { background: ref('backgrounds', 'software_engineering') },
});
const atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [mle, evaluator, builder],
	backgrounds: [
		{
			id: 'software_engineering',
			collection: 'backgrounds',
			data: { title: 'Software engineering', summary: '' },
		},
	],
	resources: [
		resourceEntry('kubeflow', 'tool', { name: 'Kubeflow' }),
		resourceEntry('airflow', 'tool', { name: 'Apache Airflow' }),
		resourceEntry('fastapi', 'tool', { name: 'FastAPI' }),
	],
	pathways: [
		sweToMlePathway({
			title: 'Software Engineer → ML Engineer',
			summary: 'The common move.',
		}),
	],
});

describe('roleTools', () => {
	test('keeps the role’s groups and order, and links each tool to its resources entry', () => {
		expect(roleTools(atlas, mle)).toEqual([
			{
				group: 'Pipelines',
				tools: [
					{ href: '/resources/#airflow', title: 'Apache Airflow' },
					{ href: '/resources/#kubeflow', title: 'Kubeflow' },
				],
			},
			{ group: 'Serving', tools: [{ href: '/resources/#fastapi', title: 'FastAPI' }] },
		]);
	});

	test('is empty for a role that names no tools', () => {
		expect(roleTools(atlas, builder)).toEqual([]);
	});
});

describe('fitSections', () => {
	test('gives the same three sections on every role, empty ones included', () => {
		expect(fitSections(mle)).toEqual([
			{ id: 'is-it-for-you', heading: 'Is it for you?', items: ['You like systems.'] },
			{ id: 'where-the-work-happens', heading: 'Where the work happens', items: [] },
			{ id: 'proof-you-can-show', heading: 'Proof you can show', items: ['A deployed model.'] },
		]);
		expect(fitSections(builder).map((section) => section.id)).toEqual(
			fitSections(mle).map((section) => section.id),
		);
	});
});

describe('changedWork', () => {
	test('tells readers of an LLM-era role to search for the work it grew from', () => {
		expect(changedWork(atlas, evaluator)).toEqual({
			role: 'AI Performance Evaluator',
			searchFor: 'ML Engineer',
		});
		expect(changedWork(atlas, builder)).toEqual({
			role: 'AI Application Builder',
			searchFor: 'Software engineering',
		});
	});

	test('says nothing for a role outside the emerging family', () => {
		expect(changedWork(atlas, mle)).toBeUndefined();
	});
});

describe('roleNextStep', () => {
	test('points to the first pathway into the role', () => {
		expect(roleNextStep(atlas, mle)).toMatchObject({
			href: '/pathways/swe-to-mle/',
			title: 'Software Engineer → ML Engineer',
			summary: 'The common move.',
		});
	});

	test('points to the role finder when no pathway leads into the role', () => {
		expect(roleNextStep(atlas, builder)).toMatchObject({
			href: '/find-your-role/',
			title: 'Find your role',
		});
	});
});

describe('startingPoints', () => {
	test('names each pathway into the role by where it starts', () => {
		expect(startingPoints(atlas, mle)).toEqual([
			{ href: '/pathways/swe-to-mle/', title: 'Software engineering' },
		]);
		expect(startingPoints(atlas, builder)).toEqual([]);
	});
});

describe('roleExercises', () => {
	const plan = (id: string, exercises: string[]) =>
		pathwayEntry(id, { background: ref('backgrounds', 'software_engineering') }, 'ml-engineer', {
			exercises: exercises.map((exercise) => ref('exercises', exercise)),
		});
	const exercise = (id: string, level: 'beginner' | 'advanced', roles = ['ml-engineer']) =>
		exerciseEntry(id, level, roles);
	const practised = createAtlas({
		...atlas,
		exercises: [
			exercise('a', 'beginner'),
			exercise('b', 'beginner'),
			exercise('c', 'advanced'),
			exercise('d', 'advanced'),
			exercise('other', 'beginner', ['ai-application-builder']),
		],
		pathways: [plan('one', ['d', 'c']), plan('two', ['d', 'b'])],
	});

	test('lists the exercises most plans into the role use, ties easiest first, at most three', () => {
		const { exercises, more } = roleExercises(practised, mle);
		expect(exercises.map((entry) => entry.id)).toEqual(['d', 'b', 'c']);
		expect(more).toEqual({ href: '/exercises/', title: 'All 5 exercises, by level' });
	});

	test('links to the rest only when some are left out', () => {
		expect(roleExercises(practised, builder)).toEqual({
			exercises: [practised.exercises.find((entry) => entry.id === 'other')],
			more: undefined,
		});
	});
});
