import { describe, expect, test } from 'vitest';
import {
	knownSkills,
	knownSkipped,
	reasonFor,
	skippableSteps,
	withKnownSkipped,
	withoutKnownSkipped,
	withRatings,
} from './known';
import { ProgressSchema } from './schema';
import { emptyProgress, withState } from './store';
import { fullProgress } from '../../tests/fixtures/progress';

const STRONG = { value: 3, label: 'Strong' };
const TITLES = { python: 'Python', sql: 'SQL', 'ml-fundamentals': 'ML fundamentals' };
const steps = [
	{ key: 'p/python', title: 'Learn Python', skills: ['python'] },
	{ key: 'p/both', title: 'Python and ML', skills: ['python', 'ml-fundamentals'] },
	{ key: 'p/sql', title: 'SQL', skills: ['sql'] },
	{ key: 'p/none', title: 'Network', skills: [] },
	{ key: 'p/started', title: 'Python again', skills: ['python'] },
];

describe('known skills', () => {
	test('come from top ratings in the role finder and the skills matrix, each with its reason', () => {
		const progress = { ...fullProgress(), ratings: { skills: { sql: 3, python: 2 }, updated: 1 } };
		const known = knownSkills(progress, STRONG, TITLES);
		expect([...known]).toEqual([
			['sql', 'you rated SQL as strong'],
			['python', 'Python is among your strongest skills in the skills matrix'],
		]);
	});

	test('a top rating is the reason given even when the matrix has the skill too', () => {
		const known = knownSkills(fullProgress(), STRONG, TITLES);
		expect(known.get('python')).toBe('you rated Python as strong');
		expect(known.has('sql')).toBe(false);
	});

	test('nothing rated, nothing known', () => {
		expect(knownSkills(emptyProgress(), STRONG, TITLES).size).toBe(0);
	});
});

describe('skipping what you know', () => {
	const progress = withState(
		{ ...emptyProgress(), ratings: { skills: { python: 3 }, updated: 1 } },
		'p/started',
		'in-progress',
		5,
	);
	const known = knownSkills(progress, STRONG, TITLES);

	test('offers only unmarked steps whose every skill is known', () => {
		expect(skippableSteps(steps, progress, known).map((step) => step.key)).toEqual(['p/python']);
		expect(reasonFor(['python'], known)).toBe('you rated Python as strong');
	});

	test('skips them with the skills as the reason, and one change undoes exactly that', () => {
		const offered = skippableSteps(steps, progress, known);
		const skipped = withKnownSkipped(progress, offered, 9);
		expect(skipped.entries['p/python']).toEqual({
			state: 'skipped',
			updated: 9,
			known: ['python'],
		});
		expect(ProgressSchema.safeParse(skipped).success).toBe(true);
		const keys = steps.map((step) => step.key);
		expect(knownSkipped(skipped, keys)).toEqual(['p/python']);
		expect(skippableSteps(steps, skipped, known)).toEqual([]);
		expect(withoutKnownSkipped(skipped, keys)).toEqual(progress);
	});

	test('a step the reader changes afterwards is theirs: undo leaves it', () => {
		const skipped = withKnownSkipped(progress, skippableSteps(steps, progress, known), 9);
		const changed = withState(skipped, 'p/python', 'done', 10);
		const keys = steps.map((step) => step.key);
		expect(knownSkipped(changed, keys)).toEqual([]);
		expect(withoutKnownSkipped(changed, keys)).toEqual(changed);
	});

	test('undo touches only the keys it is given', () => {
		const keys = ['swe-to-mle/learn-python'];
		expect(knownSkipped(fullProgress(), keys)).toEqual(keys);
		expect(withoutKnownSkipped(fullProgress(), ['p/other'])).toEqual(fullProgress());
	});
});

test('the role finder’s ratings are saved whole, replacing earlier ones', () => {
	const saved = withRatings(fullProgress(), { sql: 3 }, 99);
	expect(saved.ratings).toEqual({ skills: { sql: 3 }, updated: 99 });
	expect(ProgressSchema.safeParse(saved).success).toBe(true);
});
