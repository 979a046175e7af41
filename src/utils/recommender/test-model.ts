/**
 * The recommender model the unit tests score against: the real `content/recommender/` data,
 * parsed with the real schemas, plus small fixtures standing in for the other collections
 * (vitest cannot load Astro's content store). Role fixtures copy the roles' ids, titles, key
 * skills and 2026 pay tops so the tests exercise the data the site ships.
 */
import assessmentJson from '../../../content/recommender/assessment.json';
import quickMatchJson from '../../../content/recommender/quick-match.json';
import type { Compensation } from '../../schemas/compensation';
import { AssessmentSchema, QuickMatchSchema } from '../../schemas/recommender';
import { buildModel, type Model, type ModelSources } from './model';

const ref =
	<C extends string>(collection: C) =>
	(id: string) => ({ id, collection });
const skill = ref('skills');
const role = ref('roles');
const background = ref('backgrounds');

/** A 2026 range as the role files write it. */
const pay = (min: number, max: number, extra: Partial<Compensation> = {}): Compensation => ({
	min,
	max,
	openEnded: false,
	currency: 'USD',
	year: 2026,
	basis: 'total',
	source: 'fixture',
	...extra,
});

/** Roles in the site's order (family, then title), as the atlas sorts them. */
const ROLES: [string, string, string[], Compensation | undefined][] = [
	[
		'ai-research-scientist',
		'AI Research Scientist',
		['research', 'ml-fundamentals', 'python', 'writing', 'statistics'],
		pay(200000, 500000, { openEnded: true }),
	],
	[
		'applied-scientist',
		'Applied Scientist',
		['ml-fundamentals', 'software-engineering', 'research', 'product-sense', 'python'],
		pay(180000, 450000),
	],
	[
		'research-engineer',
		'Research Engineer',
		['software-engineering', 'systems', 'ml-fundamentals', 'python', 'research'],
		pay(180000, 400000),
	],
	[
		'forward-deployed-engineer',
		'Forward Deployed Engineer',
		['client-work', 'software-engineering', 'communication', 'sql', 'systems'],
		pay(140000, 250000, { basis: 'base' }),
	],
	[
		'ml-engineer',
		'ML Engineer',
		['python', 'software-engineering', 'systems', 'ml-fundamentals', 'sql'],
		pay(150000, 350000),
	],
	[
		'mlops-engineer',
		'MLOps / LLMOps Engineer',
		['systems', 'software-engineering', 'python', 'ml-fundamentals'],
		pay(140000, 280000),
	],
	[
		'prompt-engineer',
		'Prompt Engineer',
		['writing', 'ml-fundamentals', 'python', 'product-sense'],
		pay(100000, 200000),
	],
	[
		'data-engineer',
		'Data Engineer',
		['sql', 'python', 'systems', 'software-engineering', 'ml-fundamentals'],
		pay(130000, 280000),
	],
	[
		'data-scientist',
		'Data Scientist',
		['statistics', 'python', 'sql', 'communication', 'ml-fundamentals'],
		pay(120000, 250000),
	],
	[
		'ai-product-manager',
		'AI Product Manager',
		['product-sense', 'ml-fundamentals', 'communication', 'writing', 'sql', 'ethics-policy'],
		pay(150000, 300000),
	],
	[
		'ai-ethics-specialist',
		'AI Ethics Specialist',
		['ethics-policy', 'writing', 'communication', 'ml-fundamentals'],
		undefined,
	],
	[
		'ai-safety-researcher',
		'AI Safety Researcher',
		['ml-fundamentals', 'ethics-policy', 'writing', 'research'],
		pay(150000, 400000),
	],
	[
		'ai-application-builder',
		'AI Application Builder',
		['software-engineering', 'product-sense', 'ml-fundamentals', 'communication'],
		undefined,
	],
	[
		'ai-landscape-navigator',
		'AI Landscape Navigator',
		['statistics', 'ml-fundamentals', 'ethics-policy', 'python'],
		undefined,
	],
	[
		'ai-performance-evaluator',
		'AI Performance Evaluator',
		['systems', 'software-engineering', 'python', 'ml-fundamentals'],
		undefined,
	],
	[
		'ai-platform-enabler',
		'AI Platform Enabler',
		['systems', 'software-engineering', 'ml-fundamentals'],
		undefined,
	],
];

const SKILLS: [string, string][] = [
	['client-work', 'Client work'],
	['communication', 'Communication'],
	['ethics-policy', 'Ethics and policy'],
	['ml-fundamentals', 'ML fundamentals'],
	['product-sense', 'Product sense'],
	['python', 'Python'],
	['research', 'Research'],
	['software-engineering', 'Software engineering'],
	['sql', 'SQL'],
	['statistics', 'Statistics'],
	['systems', 'Systems and infrastructure'],
	['writing', 'Writing'],
];

const BACKGROUNDS: [string, string][] = [
	['academia_research', 'Academia and research'],
	['any_background', 'Any background'],
	['data_analytics', 'Analytics and business analysis'],
	['non_technical', 'Non-technical background'],
	['software_engineering', 'Software engineering'],
];

const pathway = (id: string, from: string, to: string) => ({
	id,
	data: { title: `Pathway ${id}`, from: { background: background(from) }, to: role(to) },
});

const exercise = (id: string, roles: string[]) => ({
	id,
	data: { title: `Exercise ${id}`, roles: roles.map(role) },
});

/** The collections the test model is built from; tests change copies of it to probe edge cases. */
export const testSources: ModelSources = {
	quickMatch: QuickMatchSchema.parse(quickMatchJson),
	assessment: AssessmentSchema.parse(assessmentJson),
	roles: ROLES.map(([id, title, keySkills, compensation]) => ({
		id,
		data: {
			title,
			expects: `What ${title} roles expect.`,
			keySkills: keySkills.map(skill),
			compensation,
		},
	})),
	backgrounds: BACKGROUNDS.map(([id, title]) => ({ id, data: { title } })),
	skills: SKILLS.map(([id, title]) => ({ id, data: { title, summary: `About ${title}.` } })),
	pathways: [
		pathway('software-engineer-to-ml-engineer', 'software_engineering', 'ml-engineer'),
		pathway('any-background-to-prompt-engineer', 'any_background', 'prompt-engineer'),
		pathway('any-background-to-ai-product-manager', 'any_background', 'ai-product-manager'),
		pathway('analytics-to-data-scientist', 'data_analytics', 'data-scientist'),
	],
	exercises: [
		exercise('map-your-skills', ['ml-engineer', 'data-scientist']),
		exercise('translate-model-metrics', ['ml-engineer']),
		exercise('interview-an-ai-team', ['ml-engineer']),
		exercise('design-an-ai-org', ['ml-engineer']),
	],
};

/** The model the tests score against. */
export const testModel: Model = buildModel(testSources);

/**
 * A small seeded pseudo-random generator (mulberry32), so property tests run the same profiles
 * every time and a failure can be reproduced from its seed.
 */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
