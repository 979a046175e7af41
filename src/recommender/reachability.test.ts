import { describe, expect, test } from 'vitest';
import { EMPTY_PROFILE, type Profile } from './profile';
import { reachability } from './reachability';
import { buildModel } from './model';
import { testModel as model, testSources } from '../../tests/fixtures/recommender-model';

const reach = (roleId: string, answers: Partial<Profile>) =>
	reachability(model, { ...EMPTY_PROFILE, ...answers }, roleId)?.now;

describe('reachability', () => {
	test.each(['prompt-engineer', 'ai-product-manager'])(
		'%s, an entry point for career changers, is reachable now from anywhere',
		(role) => {
			for (const background of ['software_engineering', 'non_technical', 'law', undefined]) {
				expect(reach(role, { background, years: 0 })).toBe(true);
			}
			expect(reach(role, {})).toBe(true);
		},
	);

	test.each(['ai-research-scientist', 'applied-scientist', 'ai-safety-researcher'])(
		'%s, which usually expects a PhD or MS, is reachable now only from academia',
		(role) => {
			expect(reach(role, { background: 'academia_research', years: 0 })).toBe(true);
			expect(reach(role, { background: 'software_engineering', years: 20 })).toBe(false);
			expect(reach(role, { background: 'data_analytics', years: 20 })).toBe(false);
		},
	);

	test('any other role needs your background to lead to it and a year of experience', () => {
		expect(reach('ml-engineer', { background: 'software_engineering', years: 1 })).toBe(true);
		expect(reach('ml-engineer', { background: 'software_engineering', years: 0 })).toBe(false);
		expect(reach('ml-engineer', { background: 'software_engineering' })).toBe(false);
		expect(reach('ml-engineer', { background: 'data_analytics', years: 10 })).toBe(false);
		expect(reach('data-engineer', { background: 'data_analytics', years: 3 })).toBe(true);
		expect(reach('data-engineer', { background: 'software_engineering', years: 3 })).toBe(false);
	});

	test('a pathway from your background leads to a role your background gives no points', () => {
		// The fixture, like the site, has a Software Engineer → Forward Deployed Engineer pathway.
		const fde = (answers: Partial<Profile>) => reach('forward-deployed-engineer', answers);
		expect(fde({ background: 'software_engineering', years: 5 })).toBe(true);
		expect(fde({ background: 'software_engineering', years: 0 })).toBe(false);
		expect(fde({ background: 'data_analytics', years: 5 })).toBe(false);
	});

	test('a pathway open to any background leads to the role from every background', () => {
		const sources = {
			...testSources,
			pathways: [
				...testSources.pathways,
				{
					id: 'any-background-to-data-engineer',
					data: {
						title: 'Any background → Data Engineer',
						from: { background: { id: 'any_background', collection: 'backgrounds' } },
						to: { id: 'data-engineer', collection: 'roles' },
					},
				},
			],
		};
		const open = reachability(
			buildModel(sources),
			{ ...EMPTY_PROFILE, background: 'academia_research', years: 2 },
			'data-engineer',
		);
		expect(open?.now).toBe(true);
		expect(open?.checks[0]?.fact).toBe(
			'The pathway “Any background → Data Engineer” leads to it from any background.',
		);
	});

	test('checks each condition of the deciding rule, with the fact that decided it', () => {
		const checks = (roleId: string, answers: Partial<Profile>) =>
			reachability(model, { ...EMPTY_PROFILE, ...answers }, roleId)?.checks;
		expect(checks('prompt-engineer', { background: 'software_engineering' })).toEqual([]);
		expect(checks('applied-scientist', { background: 'academia_research' })).toEqual([
			{ holds: true, fact: 'You chose Academia and research.' },
		]);
		expect(checks('data-scientist', { background: 'software_engineering', years: 2 })).toEqual([
			{
				holds: false,
				fact: 'Your background, Software engineering, gives it no points, and no pathway on this site leads to it from there.',
			},
			{ holds: true, fact: 'You have 2 years of work experience; it asks for at least 1 year.' },
		]);
	});

	test('an unknown background is judged as the fallback background', () => {
		expect(reach('ai-ethics-specialist', { background: 'law', years: 2 })).toBe(true);
		expect(reach('ai-ethics-specialist', { years: 2 })).toBe(true);
		expect(reach('ml-engineer', { background: 'law', years: 2 })).toBe(false);
	});

	test('returns the deciding rule, whose summary the page shows', () => {
		const result = reachability(
			model,
			{ ...EMPTY_PROFILE, background: 'software_engineering' },
			'applied-scientist',
		);
		expect(result?.rule.why).toContain('PhD or an MS');
		expect(reachability(model, EMPTY_PROFILE, 'ai-platform-enabler')?.rule.roles).toBeUndefined();
	});

	test('a model without a rule for the role gives no label instead of throwing', () => {
		const bare = { ...model, assessment: { ...model.assessment, reachability: [] } };
		expect(reachability(bare, EMPTY_PROFILE, 'ml-engineer')).toBeUndefined();
	});
});
