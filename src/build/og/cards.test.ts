import { describe, expect, test } from 'vitest';
import type { Atlas } from '../../atlas/atlas';
import { EMPTY_ATLAS, roleEntry, sweToMlePathway } from '../../../tests/fixtures/entries';
import { type CardNode, cardTree, pathwayCard, roleCard, truncate } from './cards';

const role = roleEntry('ml-engineer', {
	title: 'ML Engineer',
	summary: 'Takes models to production.',
	compensation: {
		min: 150_000,
		max: 350_000,
		currency: 'USD',
		year: 2026,
		basis: 'total',
		openEnded: false,
		source: 'seed',
	},
});

const stage = (id: string) => ({
	id,
	title: id.toUpperCase(),
	duration: { min: 1, max: 2, unit: 'months' as const, basis: 'source' as const },
	steps: [],
});

const pathway = sweToMlePathway({
	title: 'Software Engineer → ML Engineer',
	summary: 'From shipping code to shipping models.',
	stages: [stage('a'), stage('b')],
});

const atlas: Atlas = {
	...EMPTY_ATLAS,
	roles: [role],
	pathways: [pathway],
	caseStudies: [],
	exercises: [],
	backgrounds: [
		{
			id: 'software_engineering',
			collection: 'backgrounds',
			data: { title: 'Software engineering', summary: '' },
		},
	],
	skills: [],
};

const texts = (node: CardNode): string[] =>
	typeof node.props.children === 'string'
		? [node.props.children]
		: (node.props.children ?? []).flatMap(texts);

describe('preview cards', () => {
	test("a role's card gives its family and its range with the year", () => {
		expect(roleCard(role)).toEqual({
			kind: 'Role guide',
			title: 'ML Engineer',
			summary: 'Takes models to production.',
			facts: 'Engineering and production · $150K–$350K, total compensation, 2026',
		});
		expect(roleCard({ ...role, data: { ...role.data, compensation: undefined } }).facts).toBe(
			'Engineering and production · No separate pay figure published',
		);
	});

	test("a pathway's card gives where it starts and ends and its stages, with no arrow glyph", () => {
		expect(pathwayCard(atlas, pathway).title).toBe('Software Engineer to ML Engineer');
		expect(pathwayCard(atlas, pathway).facts).toBe(
			'From Software engineering to ML Engineer · 2 stages',
		);
	});

	test('the tree shows the site, the kind, the title, the summary and the facts', () => {
		expect(texts(cardTree(roleCard(role)))).toEqual([
			'AI Career Atlas',
			'Role guide',
			'ML Engineer',
			'Takes models to production.',
			'Engineering and production · $150K–$350K, total compensation, 2026',
		]);
	});
});

describe('truncate', () => {
	test('keeps short text and cuts long text at a word, with an ellipsis', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('one two three four', 12)).toBe('one two…');
		expect(truncate('one, two three', 9)).toBe('one…');
		expect(truncate('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
	});
});
