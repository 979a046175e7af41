import { describe, expect, test } from 'vitest';
import { EMPTY_PROFILE, type Profile } from './profile';
import { reachability } from './reachability';
import { testModel as model } from '../../tests/fixtures/recommender-model';

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

	test('any other role needs to be on your background’s list and a year of experience', () => {
		expect(reach('ml-engineer', { background: 'software_engineering', years: 1 })).toBe(true);
		expect(reach('ml-engineer', { background: 'software_engineering', years: 0 })).toBe(false);
		expect(reach('ml-engineer', { background: 'software_engineering' })).toBe(false);
		expect(reach('ml-engineer', { background: 'data_analytics', years: 10 })).toBe(false);
		expect(
			reach('forward-deployed-engineer', { background: 'software_engineering', years: 10 }),
		).toBe(false);
		expect(reach('data-engineer', { background: 'data_analytics', years: 3 })).toBe(true);
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
		expect(result?.rule.stretch).toContain('PhD or an MS');
		expect(reachability(model, EMPTY_PROFILE, 'ai-platform-enabler')?.rule.roles).toBeUndefined();
	});

	test('a model without a rule for the role gives no label instead of throwing', () => {
		const bare = { ...model, assessment: { ...model.assessment, reachability: [] } };
		expect(reachability(bare, EMPTY_PROFILE, 'ml-engineer')).toBeUndefined();
	});
});
