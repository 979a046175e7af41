import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	exerciseEntry,
	docsEntry,
	pathwayEntry,
	ref,
	resourceEntry,
	roleEntry,
	skillEntry,
	stepEntry,
} from '../../tests/fixtures/entries';
import { createAtlas } from './atlas';
import { pathwayNextStep, stepGuide } from './pathway-guide';

const atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [roleEntry('ai-product-manager', { title: 'AI Product Manager' })],
	exercises: [
		exerciseEntry('map-your-skills', 'beginner', ['ai-product-manager'], {
			title: 'Map your skills to AI roles',
			summary: 'Score yourself.',
		}),
	],
	docs: [docsEntry('guides/product-partner', 'From model builder to product partner')],
	resources: [
		resourceEntry('coursera', 'tool', { name: 'Coursera' }),
		resourceEntry('ai-for-everyone', 'tool', { name: 'AI For Everyone' }),
	],
	skills: [skillEntry('product-sense', 'Product sense'), skillEntry('writing', 'Writing')],
});

const everything = stepEntry('gap-analysis', 'Run a gap analysis', 'project', {
	exercise: ref('exercises', 'map-your-skills'),
	guide: ref('docs', 'guides/product-partner'),
	role: ref('roles', 'ai-product-manager'),
	resources: [ref('resources', 'ai-for-everyone'), ref('resources', 'coursera')],
	skills: [ref('skills', 'writing'), ref('skills', 'product-sense')],
	done: 'A written list of your gaps.',
});

describe('stepGuide', () => {
	test('links exercise, guide, role and resources in that order, with skills and done', () => {
		expect(stepGuide(atlas, everything)).toEqual({
			links: [
				{
					label: 'Exercise',
					links: [{ href: '/exercises/map-your-skills/', title: 'Map your skills to AI roles' }],
				},
				{
					label: 'Guide',
					links: [
						{ href: '/guides/product-partner/', title: 'From model builder to product partner' },
					],
				},
				{
					label: 'Role',
					links: [{ href: '/roles/ai-product-manager/', title: 'AI Product Manager' }],
				},
				{
					label: 'Resources',
					links: [
						{ href: '/resources/#ai-for-everyone', title: 'AI For Everyone' },
						{ href: '/resources/#coursera', title: 'Coursera' },
					],
				},
			],
			skills: ['Writing', 'Product sense'],
			done: 'A written list of your gaps.',
		});
	});

	test('leaves out the kinds of link a step does not have', () => {
		expect(stepGuide(atlas, stepEntry('read', 'Read up', 'learn'))).toEqual({
			links: [],
			skills: [],
			done: undefined,
		});
	});
});

describe('pathwayNextStep', () => {
	const stage = (id: string, steps: ReturnType<typeof stepEntry>[]) => ({
		id,
		title: id,
		duration: { min: 1, max: 2, unit: 'months' as const, basis: 'estimate' as const },
		steps,
	});
	const plan = (...steps: ReturnType<typeof stepEntry>[]) =>
		pathwayEntry('move', { background: ref('backgrounds', 'any') }, 'ai-product-manager', {
			stages: [stage('one', steps.slice(0, 1)), stage('two', steps.slice(1))],
		});

	test('is the exercise of the earliest step that has one, in a later stage too', () => {
		const pathway = plan(stepEntry('read', 'Read up', 'learn'), everything);
		expect(pathwayNextStep(atlas, pathway)).toEqual({
			lead: 'Start with the first exercise of the plan:',
			href: '/exercises/map-your-skills/',
			title: 'Map your skills to AI roles',
			summary: 'Score yourself.',
		});
	});

	test('is the plan’s first step when no step has an exercise', () => {
		const pathway = plan(
			stepEntry('read', 'Read up', 'learn', { detail: 'Two books.' }),
			stepEntry('talk', 'Talk to PMs', 'network', { done: 'Notes.' }),
		);
		expect(pathwayNextStep(atlas, pathway)).toEqual({
			lead: 'Start with the first step of the plan:',
			href: '#step-read',
			title: 'Read up',
			summary: 'Two books.',
		});
	});
});
