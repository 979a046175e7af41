import { expect, test } from 'vitest';
import { exerciseEntry, pathwayEntry, ref, stepEntry } from '../../tests/fixtures/entries';
import { matrixPage, panelData, pathwaySteps, progressCatalogue } from './catalogue';

const stage = (id: string, steps: string[]) => ({
	id,
	title: `Stage ${id}`,
	duration: { min: 1, max: 2, unit: 'months' as const, basis: 'estimate' as const },
	steps: steps.map((step) =>
		stepEntry(step, `Title of ${step}`, 'learn', step === 'build' ? { done: 'A repo' } : {}),
	),
});

const pathway = pathwayEntry(
	'swe-to-mle',
	{ background: ref('backgrounds', 'software_engineering') },
	'ml-engineer',
	{ title: 'SWE → MLE', stages: [stage('first', ['learn', 'build']), stage('second', ['apply'])] },
);

const exercise = exerciseEntry('map-your-skills', 'beginner', [], { title: 'Map your skills' });

test('lists every stage with its estimate and its steps, keyed pathway/step', () => {
	const duration = { min: 1, max: 2, unit: 'months' };
	expect(progressCatalogue({ pathways: [pathway], exercises: [exercise] })).toEqual({
		pathways: [
			{
				id: 'swe-to-mle',
				title: 'SWE → MLE',
				href: '/pathways/swe-to-mle/',
				stages: [
					{
						id: 'first',
						title: 'Stage first',
						duration,
						steps: [
							{ key: 'swe-to-mle/learn', title: 'Title of learn' },
							{ key: 'swe-to-mle/build', title: 'Title of build', evidence: true },
						],
					},
					{
						id: 'second',
						title: 'Stage second',
						duration,
						steps: [{ key: 'swe-to-mle/apply', title: 'Title of apply' }],
					},
				],
			},
		],
		exercises: [
			{
				key: 'exercise/map-your-skills',
				title: 'Map your skills',
				href: '/exercises/map-your-skills/',
			},
		],
	});
});

test('lists a pathway’s steps in order across stages', () => {
	expect(pathwaySteps(pathway).map((step) => step.key)).toEqual([
		'swe-to-mle/learn',
		'swe-to-mle/build',
		'swe-to-mle/apply',
	]);
});

test('the panel gets each step’s skills, the titles of those skills only, and the top rating', () => {
	const withSkills = pathwayEntry('p', { background: ref('backgrounds', 'x') }, 'ml-engineer', {
		stages: [
			{
				...stage('only', []),
				steps: [
					stepEntry('a', 'A', 'learn', { skills: [ref('skills', 'python'), ref('skills', 'sql')] }),
					stepEntry('b', 'B', 'learn'),
				],
			},
		],
	});
	const skills = ['python', 'sql', 'writing'].map((id) => ({
		id,
		data: { title: id.toUpperCase(), summary: '' },
	}));
	const strong = { value: 3, label: 'Strong' };
	const data = panelData(withSkills, skills, strong);
	expect(data.skills).toEqual({ 'p/a': ['python', 'sql'] });
	expect(data.titles).toEqual({ python: 'PYTHON', sql: 'SQL' });
	expect(data.strong).toBe(strong);
	expect(data.pathway.stages[0]?.steps.map((step) => step.key)).toEqual(['p/a', 'p/b']);
});

test('the skills matrix is found on the exercise whose body places it', () => {
	const plain = { id: 'plain', body: 'Some text' };
	const matrix = {
		id: 'map-your-skills',
		body: 'Intro\n\n<SkillsMatrix exercise="map-your-skills" />',
	};
	expect(matrixPage([plain, matrix])).toBe('/exercises/map-your-skills/');
	expect(matrixPage([plain])).toBeUndefined();
});
