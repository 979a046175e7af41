import { describe, expect, test } from 'vitest';
import { EMPTY_PROFILE } from './profile';
import { buildResults } from './results';
import { everyQuickAnswer, quickMatchCss, quickResult } from './without-script';
import { testModel as model } from '../../tests/fixtures/recommender-model';

const answers = everyQuickAnswer(model);
const interestIds = model.quickMatch.interests.map(({ id }) => id);

describe('everyQuickAnswer', () => {
	test('is each background with each set of interests, once, in the form’s order', () => {
		const sets = 2 ** interestIds.length;
		expect(answers).toHaveLength(model.quickMatch.backgrounds.length * sets);
		const keys = answers.map(({ background, interests }) => `${background}:${interests.join()}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const { interests } of answers) {
			expect(interests).toEqual(interestIds.filter((id) => interests.includes(id)));
		}
		expect(answers[0]).toEqual({ background: 'software_engineering', interests: [] });
	});
});

describe('quickResult', () => {
	test.each(
		answers.map((answer) => [answer.background, answer.interests.join(','), answer] as const),
	)('%s with [%s] shows the island’s top three, in its order', (_, __, answer) => {
		const island = buildResults(model, { ...EMPTY_PROFILE, ...answer }).filter(({ top }) => top);
		const prebuilt = quickResult(model, answer).top;
		expect(prebuilt.map(({ id, score }) => [id, score])).toEqual(
			island.map(({ id, score }) => [id, score]),
		);
		expect(prebuilt.map(({ terms }) => terms)).toEqual(
			island.map(({ terms }) => terms.map(({ points, label }) => `${points} ${label}`)),
		);
	});

	test.each([
		// The four examples the seed prints, interests in the form's order.
		[
			'software_engineering',
			['deployment', 'client_facing'],
			['ml-engineer', 'mlops-engineer', 'forward-deployed-engineer'],
		],
		[
			'academia_research',
			['research', 'safety'],
			['ai-research-scientist', 'applied-scientist', 'ai-safety-researcher'],
		],
		[
			'data_analytics',
			['data', 'product'],
			['data-scientist', 'ai-product-manager', 'data-engineer'],
		],
		[
			'non_technical',
			['product', 'safety'],
			['prompt-engineer', 'ai-product-manager', 'ai-ethics-specialist'],
		],
	])('%s with %j gives the seed’s top three', (background, interests, expected) => {
		expect(quickResult(model, { background, interests }).top.map(({ id }) => id)).toEqual(expected);
	});

	test('names the answer, and the roles level with the third, which rank after it', () => {
		const none = quickResult(model, { background: 'software_engineering', interests: [] });
		expect(none.label).toBe('Software engineering, no interests ticked');
		expect(none.level).toEqual([]);
		const tied = quickResult(model, {
			background: 'academia_research',
			interests: ['deployment', 'client_facing'],
		});
		expect(tied.label).toBe(
			'Academia and research, interested in Deployment and Client-facing work',
		);
		expect(tied.top.map(({ id, score }) => [id, score])).toEqual([
			['forward-deployed-engineer', 4],
			['ai-research-scientist', 3],
			['applied-scientist', 3],
		]);
		expect(tied.level.map(({ id, score }) => [id, score])).toEqual([['ai-safety-researcher', 3]]);
	});
});

describe('quickMatchCss', () => {
	const css = quickMatchCss(model);

	test('hides every result until a background is chosen, and the prompt once it is', () => {
		expect(css).toContain(
			'atlas-recommender:not(:has([name="background"]:checked)) .atlas-quick-result {',
		);
		expect(css).toContain('atlas-recommender:has([name="background"]:checked) [data-quick-ask] {');
	});

	test('has one rule per background and two per interest, not one per answer', () => {
		const rules = css.match(/\{\n\t\tdisplay: none;/g) ?? [];
		expect(rules).toHaveLength(2 + model.quickMatch.backgrounds.length + 2 * interestIds.length);
		expect(css).toContain(
			'atlas-recommender:has([name="interests"][value="client_facing"]:checked) .atlas-quick-result:not([data-interests~="client_facing"])',
		);
		expect(css).toContain(
			'atlas-recommender:not(:has([name="interests"][value="client_facing"]:checked)) .atlas-quick-result[data-interests~="client_facing"]',
		);
	});
});
