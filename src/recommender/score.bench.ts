import { test } from 'vitest';
import { parseFragment } from './fragment';
import { buildResults } from './results';
import { rankRoles } from './score';
import { testModel as model } from '../../tests/fixtures/recommender-model';

/**
 * The budget, "scoring all roles for one profile takes well under a millisecond", as a
 * benchmark rather than a timed test: run `npx vitest bench --run src/utils/recommender`.
 */
const { profile } = parseFragment(
	'background=software_engineering&interests=deployment,client_facing&years=5&skills=python:3,sql:2,systems:1,writing:0&goals=operations,clients&travel=no&pay=high',
	model,
);

test('scoring one full profile', async ({ bench }) => {
	await bench.compare(
		bench('rank every role', () => {
			rankRoles(model, profile);
		}),
		bench('build every result view (ranking, reachability, gaps, next steps)', () => {
			buildResults(model, profile);
		}),
	);
});
