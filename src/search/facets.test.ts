import { describe, expect, test } from 'vitest';
import type { Atlas, RoleEntry } from '../atlas/atlas';
import {
	EMPTY_ATLAS,
	backgroundEntry,
	caseStudyEntry,
	exerciseEntry,
	pathwayEntry,
	publishedPay,
	ref,
	resourceEntry,
	roleEntry,
	sweToMlePathway,
} from '../../tests/fixtures/entries';
import {
	PAGE_TYPES,
	distinctWords,
	facetHead,
	facetsByPath,
	filterOptions,
	pageTags,
} from './facets';
import { GLOSSARY_TYPE } from './reader-search';

const role = (id: string, title: string, data: Partial<RoleEntry['data']> = {}) =>
	roleEntry(id, { title, ...data });
const pathway = pathwayEntry;
const study = caseStudyEntry('spotify', ['mlops-engineer', 'ml-engineer'], {
	title: 'Spotify',
	organisation: 'Spotify',
});
const exercise = exerciseEntry('map-skills', 'beginner', ['ml-engineer'], {
	title: 'Map your skills',
});

const atlas: Atlas = {
	...EMPTY_ATLAS,
	roles: [
		role('ml-engineer', 'ML Engineer', {
			aliases: ['MLE', 'Machine Learning Engineer'],
			compensation: publishedPay(),
			tools: [{ group: 'Feature stores', resources: [ref('resources', 'feast')] }],
		}),
		role('mlops-engineer', 'MLOps / LLMOps Engineer', {
			aliases: ['MLOps', 'LLMOps', 'LLMOps Engineer'],
		}),
		role('ai-research-scientist', 'AI Research Scientist', { family: 'research' }),
	],
	pathways: [
		sweToMlePathway(),
		pathway('mle-to-mlops', { role: ref('roles', 'ml-engineer') }, 'mlops-engineer'),
	],
	caseStudies: [study],
	exercises: [exercise],
	backgrounds: [backgroundEntry('software_engineering')],
	skills: [],
	resources: [resourceEntry('feast', 'tool', { name: 'Feast', aliases: ['Feast feature store'] })],
};

const facets = facetsByPath(atlas, ['guides/about']);

describe('facetsByPath', () => {
	test('tags every page of every collection by its path, and the guides and indexes', () => {
		expect([...facets.keys()].sort()).toEqual(
			[
				'/',
				'/case-studies/',
				'/case-studies/spotify/',
				'/compare/',
				'/exercises/',
				'/exercises/map-skills/',
				'/faq/',
				'/find-your-role/',
				'/from/',
				'/from/software-engineering/',
				'/glossary/',
				'/guides/about/',
				'/pathways/',
				'/pathways/mle-to-mlops/',
				'/pathways/swe-to-mle/',
				'/progress/',
				'/progress/backup/',
				'/resources/',
				'/roles/',
				'/roles/ai-research-scientist/',
				'/roles/ml-engineer/',
				'/roles/mlops-engineer/',
			].sort(),
		);
		expect(facets.get('/guides/about/')?.type).toBe('guide');
		expect(facets.get('/roles/')?.type).toBe('overview');
		expect(facets.get('/compare/')?.type).toBe('tool');
		expect(facets.get('/from/')?.type).toBe('overview');
		expect(facets.get('/glossary/')?.type).toBe('glossary');
		expect(facets.get('/faq/')?.type).toBe('faq');
		expect(facets.get('/resources/')?.type).toBe('resources');
		// The search form finds the glossary's filter by this id to answer "what is…" questions.
		expect(PAGE_TYPES).toContain(GLOSSARY_TYPE);
	});

	test('a starting point concerns the roles its pathways lead to', () => {
		expect(facets.get('/from/software-engineering/')).toEqual({
			type: 'starting-point',
			roles: ['ml-engineer'],
		});
	});

	test('a role carries its family, itself as the role it concerns, and its names', () => {
		expect(facets.get('/roles/ml-engineer/')).toEqual({
			type: 'role',
			family: 'engineering',
			roles: ['ml-engineer'],
			names: ['ML Engineer', 'MLE', 'Machine Learning Engineer'],
			tools: ['Feature stores', 'Feast', 'Feast feature store'],
			pay: 'ML Engineer: published pay $150K–$350K, total compensation, 2026',
		});
		expect(facets.get('/roles/mlops-engineer/')?.tools).toBeUndefined();
	});

	test('a pathway concerns the role it starts from, if any, and the role it leads to', () => {
		expect(facets.get('/pathways/swe-to-mle/')?.roles).toEqual(['ml-engineer']);
		expect(facets.get('/pathways/mle-to-mlops/')?.roles).toEqual(['ml-engineer', 'mlops-engineer']);
	});

	test('an exercise carries its level and roles; a case study its roles', () => {
		expect(facets.get('/exercises/map-skills/')).toEqual({
			type: 'exercise',
			level: 'beginner',
			roles: ['ml-engineer'],
		});
		expect(facets.get('/case-studies/spotify/')?.roles).toEqual(['mlops-engineer', 'ml-engineer']);
	});
});

describe('pageTags', () => {
	test('turns ids into the labels Pagefind stores and shows', () => {
		const exerciseFacets = facets.get('/exercises/map-skills/');
		expect(exerciseFacets && pageTags(atlas, exerciseFacets)).toEqual({
			filters: { type: ['Exercise'], level: ['Beginner'], role: ['ML Engineer'] },
		});
		const roleFacets = facets.get('/roles/mlops-engineer/');
		expect(roleFacets && pageTags(atlas, roleFacets)).toEqual({
			filters: {
				type: ['Role'],
				family: ['Engineering and production'],
				role: ['MLOps / LLMOps Engineer'],
			},
			names: 'MLOps LLMOps Engineer',
		});
	});
});

describe('distinctWords', () => {
	test('keeps each word once, first spelling first, without punctuation', () => {
		expect(distinctWords(['MLOps / LLMOps Engineer', 'LLMOps', 'llmops Specialist'])).toBe(
			'MLOps LLMOps Engineer Specialist',
		);
		expect(distinctWords([])).toBe('');
	});
});

describe('facetHead', () => {
	test('writes one named meta tag per filter value; labels, names and tools are metadata too', () => {
		const head = facetHead({
			filters: { type: ['Role'], family: ['Data'], role: ['Data Scientist'] },
			names: 'Data Scientist DS',
			tools: 'pandas scikit learn',
			pay: 'Published pay $120K–$250K, total compensation, 2026',
		});
		expect(head).toEqual([
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:type',
					content: 'Role',
					'data-pagefind-filter': 'type[content]',
					'data-pagefind-meta': 'type[content]',
				},
			},
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:family',
					content: 'Data',
					'data-pagefind-filter': 'family[content]',
					'data-pagefind-meta': 'family[content]',
				},
			},
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:role',
					content: 'Data Scientist',
					'data-pagefind-filter': 'role[content]',
				},
			},
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:names',
					content: 'Data Scientist DS',
					'data-pagefind-meta': 'names[content]',
				},
			},
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:tools',
					content: 'pandas scikit learn',
					'data-pagefind-meta': 'tools[content]',
				},
			},
			{
				tag: 'meta',
				attrs: {
					name: 'atlas:pay',
					content: 'Published pay $120K–$250K, total compensation, 2026',
					'data-pagefind-meta': 'pay[content]',
				},
			},
		]);
	});
});

describe('filterOptions', () => {
	test('offers every type, level and family in order, and every role by title', () => {
		const options = filterOptions(atlas);
		expect(options.type.map((option) => option.label)).toEqual([
			'Role',
			'Pathway',
			'Starting point',
			'Case study',
			'Exercise',
			'Guide',
			'Glossary',
			'Question',
			'Resources',
			'Overview',
			'Tool',
		]);
		expect(options.level.map((option) => option.id)).toEqual([
			'beginner',
			'intermediate',
			'advanced',
		]);
		expect(options.family[0]).toEqual({ id: 'research', label: 'Research and science' });
		expect(options.role).toEqual([
			{ id: 'ml-engineer', label: 'ML Engineer' },
			{ id: 'mlops-engineer', label: 'MLOps / LLMOps Engineer' },
			{ id: 'ai-research-scientist', label: 'AI Research Scientist' },
		]);
	});
});
