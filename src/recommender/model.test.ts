import { describe, expect, test } from 'vitest';
import assessmentJson from '../../content/recommender/assessment.json';
import quickMatchJson from '../../content/recommender/quick-match.json';
import { AssessmentSchema, QuickMatchSchema } from '../schemas/recommender';
import { buildModel } from './model';
import { testModel as model, testSources } from '../../tests/fixtures/recommender-model';

/** Issue paths of a failed parse, for asserting which field an error names. */
const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } | undefined }) =>
	result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('content/recommender/quick-match.json', () => {
	test('holds the seed’s background lists, in the seed’s order', () => {
		expect(
			model.quickMatch.backgrounds.map(({ background, roles }) => [
				background,
				roles.map(({ role }) => role),
			]),
		).toEqual([
			['software_engineering', ['ml-engineer', 'mlops-engineer', 'research-engineer']],
			['data_analytics', ['data-scientist', 'ai-product-manager', 'data-engineer']],
			['academia_research', ['ai-research-scientist', 'applied-scientist', 'ai-safety-researcher']],
			['non_technical', ['prompt-engineer', 'ai-product-manager', 'ai-ethics-specialist']],
		]);
	});

	test('holds the seed’s interests, points and fallback', () => {
		expect(model.quickMatch.interests.map(({ id, roles }) => [id, roles])).toEqual([
			['research', ['ai-research-scientist', 'applied-scientist']],
			['deployment', ['forward-deployed-engineer', 'ml-engineer', 'mlops-engineer']],
			['data', ['data-engineer', 'data-scientist']],
			['product', ['ai-product-manager', 'prompt-engineer']],
			['safety', ['ai-safety-researcher', 'ai-ethics-specialist']],
			['client_facing', ['forward-deployed-engineer', 'ai-product-manager']],
		]);
		expect([model.quickMatch.backgroundPoints, model.quickMatch.interestPoints]).toEqual([3, 2]);
		expect(model.quickMatch.fallback).toBe('non_technical');
	});
});

describe('schemas', () => {
	test('refuse a fallback that is not one of the backgrounds', () => {
		const result = QuickMatchSchema.safeParse({ ...quickMatchJson, fallback: 'any_background' });
		expect(issuePaths(result)).toEqual(['fallback']);
	});

	test('refuse an interest listed twice', () => {
		const [first] = quickMatchJson.interests;
		const result = QuickMatchSchema.safeParse({
			...quickMatchJson,
			interests: [...quickMatchJson.interests, first],
		});
		expect(issuePaths(result)).toEqual(['interests.6']);
	});

	test('refuse reachability rules whose catch-all is not last, or that decide a role twice', () => {
		const rules = assessmentJson.reachability;
		const withRules = (reachability: unknown[]) =>
			issuePaths(AssessmentSchema.safeParse({ ...assessmentJson, reachability }));
		expect(withRules([...rules].reverse())).toEqual([
			'reachability.0.roles',
			'reachability.2.roles',
		]);
		expect(withRules([rules[0], rules[0], rules[2]])).toEqual([
			'reachability.1.roles.0',
			'reachability.1.roles.1',
		]);
	});

	test('refuse a rule that cannot say why: no conditions, or limited backgrounds, and no why', () => {
		const reachability = assessmentJson.reachability.map((rule) => ({ ...rule, why: undefined }));
		const result = AssessmentSchema.safeParse({ ...assessmentJson, reachability });
		// The last rule's checks (where from, years) explain its labels on their own.
		expect(issuePaths(result)).toEqual(['reachability.0.why', 'reachability.1.why']);
	});

	test('refuse a rating scale that does not count up from 0', () => {
		const levels = [
			{ value: 1, label: 'Some' },
			{ value: 2, label: 'More' },
		];
		const skills = { ...assessmentJson.skills, levels };
		expect(issuePaths(AssessmentSchema.safeParse({ ...assessmentJson, skills }))).toEqual([
			'skills.levels.0.value',
			'skills.levels.1.value',
		]);
	});
});

describe('buildModel', () => {
	test('flattens references to ids and adds background titles', () => {
		expect(model.quickMatch.fallbackTitle).toBe('Non-technical background');
		expect(model.quickMatch.backgrounds[0]?.title).toBe('Software engineering');
		expect(model.assessment.pathwayFallback).toBe('any_background');
		expect(model.assessment.travel.options[1]?.adjustments[0]?.role).toBe(
			'forward-deployed-engineer',
		);
	});

	test('takes pay only from ranges for the assessment’s year', () => {
		expect(model.roles.find(({ id }) => id === 'forward-deployed-engineer')?.pay).toEqual({
			top: 250000,
			topLabel: '$250K',
			basis: 'base salary, 2026',
		});
		const older = buildModel({
			...testSources,
			roles: testSources.roles.map((role) => ({
				...role,
				data: {
					...role.data,
					compensation: role.data.compensation && { ...role.data.compensation, year: 2025 },
				},
			})),
		});
		expect(older.roles.every(({ pay }) => pay === null)).toBe(true);
	});

	test('keys each pathway by its entry id, the id the reader’s plan pins', () => {
		expect(model.roles.find(({ id }) => id === 'ml-engineer')?.pathways).toEqual([
			{
				id: 'software-engineer-to-ml-engineer',
				from: 'software_engineering',
				title: 'Pathway software-engineer-to-ml-engineer',
				href: '/pathways/software-engineer-to-ml-engineer/',
			},
		]);
	});

	test('keeps only pathways that start from a background', () => {
		const withRoleOrigin = buildModel({
			...testSources,
			pathways: [
				...testSources.pathways,
				{
					id: 'ml-engineer-to-ai-product-manager',
					data: {
						title: 'ML Engineer → AI Product Manager',
						from: {},
						to: { id: 'ai-product-manager', collection: 'roles' },
					},
				},
			],
		});
		expect(withRoleOrigin.roles.find(({ id }) => id === 'ai-product-manager')?.pathways).toEqual([
			{
				id: 'any-background-to-ai-product-manager',
				from: 'any_background',
				title: 'Pathway any-background-to-ai-product-manager',
				href: '/pathways/any-background-to-ai-product-manager/',
			},
		]);
	});
});
