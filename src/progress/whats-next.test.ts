import { describe, expect, test } from 'vitest';
import type { Catalogue } from './catalogue';
import { emptyProgress, withPlanned, withState } from './store';
import { stepHref, whatNext } from './whats-next';

const pathway = (id: string, steps: string[]) => ({
	id,
	title: id.toUpperCase(),
	href: `/pathways/${id}/`,
	steps: steps.map((step) => ({ key: `${id}/${step}`, title: step })),
});
const catalogue: Catalogue = {
	pathways: [pathway('a', ['one', 'two']), pathway('b', ['first', 'second'])],
	exercises: [],
};

describe('whatNext', () => {
	test('nothing for a reader who has not started', () => {
		expect(whatNext(emptyProgress(), catalogue)).toBeUndefined();
	});

	test('the first pathway in the plan with a step left, at that step', () => {
		const progress = withState(withPlanned(emptyProgress(), 'b'), 'b/first', 'done', 5);
		expect(whatNext(progress, catalogue)).toEqual({
			pathway: catalogue.pathways[1],
			step: catalogue.pathways[1]?.steps[1],
		});
	});

	test('without a plan, the pathway marked most recently; a finished one is passed over', () => {
		let progress = withState(emptyProgress(), 'a/one', 'in-progress', 10);
		progress = withState(progress, 'b/first', 'done', 20);
		expect(whatNext(progress, catalogue)?.pathway.id).toBe('b');
		progress = withState(progress, 'b/second', 'skipped', 30);
		expect(whatNext(progress, catalogue)?.step.key).toBe('a/one');
	});

	test('a planned pathway that no longer exists is skipped', () => {
		const progress = withPlanned(withPlanned(emptyProgress(), 'gone'), 'a');
		expect(whatNext(progress, catalogue)?.pathway.id).toBe('a');
	});
});

describe('stepHref', () => {
	test('points at the step on its pathway page', () => {
		const [a] = catalogue.pathways;
		const step = a?.steps[1];
		if (!a || !step) throw new Error('fixture');
		expect(stepHref(a, step)).toBe('/pathways/a/#step-two');
	});
});
