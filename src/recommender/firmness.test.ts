import { describe, expect, test } from 'vitest';
import { firmness } from './firmness';
import { EMPTY_PROFILE, type Profile } from './profile';
import { buildResults } from './results';
import { rankRoles } from './score';
import { testModel as model } from '../../tests/fixtures/recommender-model';

const contract: Profile = {
	...EMPTY_PROFILE,
	background: 'software_engineering',
	interests: ['deployment', 'client_facing'],
	years: 5,
};
const full: Profile = {
	...contract,
	skills: { python: 3, 'client-work': 1 },
	goals: ['clients'],
	travel: 'no',
	pay: 'high',
};
const topOf = (profile: Profile) =>
	buildResults(model, profile)
		.filter((result) => result.top)
		.map((result) => result.id);

describe('firmness', () => {
	test('describes the same top three the results show', () => {
		for (const profile of [contract, full])
			expect(firmness(model, profile).top).toEqual(topOf(profile));
	});

	test('every change it names really changes the top three, swapping as many roles in as out', () => {
		const { top, flips } = firmness(model, full);
		expect(flips.length).toBeGreaterThan(0);
		for (const { joins, leaves } of flips) {
			expect(joins.length).toBe(leaves.length);
			for (const role of joins) expect(top).not.toContain(role);
			for (const role of leaves) expect(top).toContain(role);
		}
	});

	test('lists exactly the background and interest changes that change the top three', () => {
		const before = new Set(topOf(contract));
		const differs = (profile: Profile) => topOf(profile).some((role) => !before.has(role));
		const expected = [
			...model.quickMatch.backgrounds
				.filter((match) => match.background !== contract.background)
				.filter((match) => differs({ ...contract, background: match.background }))
				.map((match) => `choose the background “${match.title}”`),
			...model.quickMatch.interests
				.filter(({ id }) =>
					differs({
						...contract,
						interests: contract.interests.includes(id)
							? contract.interests.filter((other) => other !== id)
							: [...contract.interests, id],
					}),
				)
				.map(
					({ id, label }) =>
						`${contract.interests.includes(id) ? 'untick' : 'tick'} the interest “${label}”`,
				),
		];
		expect(expected.length).toBeGreaterThan(0);
		const listed = firmness(model, contract)
			.flips.map((flip) => flip.change)
			.filter((change) => change.includes('background') || change.includes('interest'));
		expect(listed).toEqual(expected);
	});

	test('names who joins and who leaves', () => {
		const before = topOf(contract);
		for (const match of model.quickMatch.backgrounds) {
			const flip = firmness(model, contract).flips.find(
				(candidate) => candidate.change === `choose the background “${match.title}”`,
			);
			if (!flip) continue;
			const after = topOf({ ...contract, background: match.background });
			expect(flip.joins).toEqual(after.filter((role) => !before.includes(role)));
			expect(flip.leaves).toEqual(before.filter((role) => !after.includes(role)));
		}
	});

	test('reports the nearest level of a skill that changes the top three, once per skill', () => {
		const { flips } = firmness(model, full);
		const python = flips.filter((flip) => flip.change.includes('Python'));
		expect(python.length).toBeLessThanOrEqual(1);
	});

	test('says how many points each answer moved for each of the top three', () => {
		const { top, moves } = firmness(model, contract);
		const background = moves.find((move) => move.answer === 'Background: Software engineering');
		const ranked = rankRoles(model, contract);
		const points = (role: string) =>
			ranked
				.find((score) => score.role === role)
				?.terms.find((term) => term.label.startsWith('background'))?.points ?? 0;
		expect(background?.points).toEqual(top.map(points));
		expect(moves.map((move) => move.answer)).toEqual([
			'Background: Software engineering',
			'Interest: Deployment',
			'Interest: Client-facing work',
		]);
	});

	test('counts a skill rating by what the mean of the ratings loses without it', () => {
		const { moves } = firmness(model, full);
		const python = moves.find((move) => move.answer === 'Skill: Python, Strong');
		expect(python?.points.some((points) => points !== 0)).toBe(true);
		expect(moves.map((move) => move.answer)).toContain('Travel: No, or only now and then');
		expect(moves.map((move) => move.answer)).toContain('Pay: A lot');
	});

	test('flags the top two when they are within one point', () => {
		const tied = firmness(model, contract);
		const [first, second] = rankRoles(model, contract);
		const gap = (first?.score ?? 0) - (second?.score ?? 0);
		expect(tied.near !== undefined).toBe(gap <= 1);
		const apart = firmness(model, {
			...EMPTY_PROFILE,
			background: 'software_engineering',
			interests: ['research'],
		});
		const [a, b] = rankRoles(model, {
			...EMPTY_PROFILE,
			background: 'software_engineering',
			interests: ['research'],
		});
		expect(apart.near === undefined).toBe((a?.score ?? 0) - (b?.score ?? 0) > 1);
	});
});
