import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	ref,
	resourceEntry,
	roleEntry,
	stepEntry,
	sweToMlePathway,
} from '../../tests/fixtures/entries';
import { type Atlas, createAtlas } from '../atlas/atlas';
import { resourcesByKind, resourcesByRole } from './resources';

const atlas: Atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [
		roleEntry('ml-engineer', {
			title: 'ML Engineer',
			tools: [{ group: 'Tracking', resources: [ref('resources', 'mlflow')] }],
		}),
		roleEntry('data-scientist', { title: 'Data Scientist', family: 'data' }),
	],
	pathways: [
		sweToMlePathway({
			stages: [
				{
					id: 'learn',
					title: 'Learn',
					duration: { min: 1, max: 2, unit: 'months', basis: 'estimate' },
					steps: [
						stepEntry('build', 'Build a model', 'learn', {
							role: ref('roles', 'data-scientist'),
							resources: [ref('resources', 'pytorch')],
						}),
					],
				},
			],
		}),
	],
	skills: [{ id: 'python', collection: 'skills', data: { title: 'Python', summary: '' } }],
	resources: [
		resourceEntry('pytorch', 'framework', {
			name: 'PyTorch',
			url: 'https://www.pytorch.org/',
			skills: [ref('skills', 'python')],
			roles: [ref('roles', 'data-scientist')],
		}),
		resourceEntry('mlflow', 'tool', { name: 'MLflow' }),
		resourceEntry('cs229', 'course', { name: 'CS229', roles: [ref('roles', 'ml-engineer')] }),
	],
});

describe('resourcesByKind', () => {
	test('groups by kind in the schema order, leaving out kinds with none', () => {
		expect(
			resourcesByKind(atlas).map((group) => [group.heading, group.entries.map((e) => e.id)]),
		).toEqual([
			['Courses', ['cs229']],
			['Frameworks and libraries', ['pytorch']],
			['Tools', ['mlflow']],
		]);
	});

	test('resolves skills and roles, including roles whose tools or pathway steps use it', () => {
		const [, frameworks, tools] = resourcesByKind(atlas);
		// PyTorch names Data Scientist; a step of the pathway into ML Engineer links it. The step's
		// own role link is where it points the reader, not the role the resource serves.
		expect(frameworks?.entries[0]).toMatchObject({
			host: 'pytorch.org',
			kind: 'Framework or library',
			skills: ['Python'],
			roles: [
				{ href: '/roles/ml-engineer/', title: 'ML Engineer' },
				{ href: '/roles/data-scientist/', title: 'Data Scientist' },
			],
		});
		expect(tools?.entries[0]?.roles).toEqual([
			{ href: '/roles/ml-engineer/', title: 'ML Engineer' },
		]);
	});
});

test('resourcesByRole lists each role with its resources as anchors on the page', () => {
	expect(resourcesByRole(atlas)).toEqual([
		{
			role: { href: '/roles/ml-engineer/', title: 'ML Engineer' },
			resources: [
				{ href: '#cs229', title: 'CS229' },
				{ href: '#mlflow', title: 'MLflow' },
				{ href: '#pytorch', title: 'PyTorch' },
			],
		},
		{
			role: { href: '/roles/data-scientist/', title: 'Data Scientist' },
			resources: [{ href: '#pytorch', title: 'PyTorch' }],
		},
	]);
});
