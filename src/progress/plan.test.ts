import { describe, expect, test } from 'vitest';
import { planButtonText, planStatusText } from './plan';

describe('planButtonText', () => {
	test('offers to add a pathway that is not in the plan, and to remove one that is', () => {
		expect(planButtonText(false)).toBe('Add to my plan');
		expect(planButtonText(true)).toBe('Remove from my plan');
	});
});

describe('planStatusText', () => {
	test('says what happened, with the pathway page’s wording', () => {
		expect(planStatusText(true)).toBe('Added to your plan; see it on the progress page.');
		expect(planStatusText(false)).toBe('Removed from your plan.');
	});

	test('names the pathway when given its title', () => {
		expect(planStatusText(true, 'Software Engineer → ML Engineer')).toBe(
			'Added Software Engineer → ML Engineer to your plan; see it on the progress page.',
		);
		expect(planStatusText(false, 'Software Engineer → ML Engineer')).toBe(
			'Removed Software Engineer → ML Engineer from your plan.',
		);
	});
});
