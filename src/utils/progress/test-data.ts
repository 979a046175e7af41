import type { Progress } from './schema';

/**
 * A saved document using every part of the format, for the store and schema tests: three steps,
 * an exercise, a plan and a matrix.
 */
export function fullProgress(): Progress {
	return {
		format: 'ai-career-atlas-progress',
		version: 1,
		entries: {
			'swe-to-mle/take-a-course': { state: 'done', updated: 1000 },
			'swe-to-mle/build-a-project': { state: 'in-progress', updated: 2000 },
			'swe-to-mle/old-removed-step': { state: 'skipped', updated: 500 },
			'exercise/map-your-skills': { state: 'done', updated: 3000 },
		},
		plan: ['swe-to-mle', 'analytics-to-data-scientist'],
		worksheets: {
			skillsMatrix: {
				rows: [
					{ name: 'Python', skill: 'python', scores: { 'ml-engineer': 3, 'data-scientist': 2 } },
					{ name: 'Writing', scores: { 'ai-product-manager': 2 } },
				],
				updated: 4000,
			},
		},
	};
}

/** Whatever it was given, deep-copied through JSON, so mutations never leak between cases. */
export function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
