import { describe, expect, test } from 'vitest';
import { EMPTY_PROFILE, type Profile } from './profile';
import {
	announcement,
	answerNotes,
	buildResults,
	formatPoints,
	formatScore,
	hubFor,
	pathwayFor,
	skillGaps,
} from './results';
import { testModel as model } from '../../tests/fixtures/recommender-model';

const contract: Profile = {
	...EMPTY_PROFILE,
	background: 'software_engineering',
	interests: ['deployment', 'client_facing'],
	years: 5,
};
const role = (id: string) => {
	const found = model.roles.find((candidate) => candidate.id === id);
	if (found === undefined) throw new Error(`no fixture role ${id}`);
	return found;
};

describe('formatPoints', () => {
	test('signs every figure, with a true minus for penalties', () => {
		expect([3, 1.5, 0, -2].map(formatPoints)).toEqual(['+3', '+1.5', '+0', '−2']);
	});
});

describe('formatScore', () => {
	test('counts points in words', () => {
		expect([5, 1, 0.5, 0].map(formatScore)).toEqual([
			'5 points',
			'1 point',
			'0.5 points',
			'0 points',
		]);
	});
});

describe('answerNotes', () => {
	test('says when years are missing, since reachable now counts them as none', () => {
		expect(answerNotes(contract)).toEqual([]);
		expect(answerNotes({ ...EMPTY_PROFILE, background: 'data_analytics' })).toEqual([
			'No years of experience given, so “reachable now” counts them as none.',
		]);
	});
});

describe('buildResults', () => {
	test('lists every role once, ranked, with the top three highlighted', () => {
		const results = buildResults(model, contract);
		expect(results).toHaveLength(model.roles.length);
		expect(results.map(({ rank }) => rank)).toEqual(results.map((_, index) => index + 1));
		expect(results.filter(({ top }) => top).map(({ id }) => id)).toEqual([
			'ml-engineer',
			'mlops-engineer',
			'forward-deployed-engineer',
		]);
	});

	test('gives each result with a pathway the id that pins it to the plan', () => {
		const results = buildResults(model, contract);
		const pathwayOf = (id: string) => results.find((result) => result.id === id)?.pathway?.id;
		expect(pathwayOf('ml-engineer')).toBe('software-engineer-to-ml-engineer');
		expect(pathwayOf('prompt-engineer')).toBe('any-background-to-prompt-engineer');
		expect(pathwayOf('data-scientist')).toBeUndefined();
		for (const { pathway } of results) {
			if (pathway) expect(pathway.href).toBe(`/pathways/${pathway.id}/`);
		}
	});

	test('breaks each score into signed terms with their reasons', () => {
		const [first] = buildResults(model, {
			...contract,
			skills: { python: 3, sql: 3, systems: 1, 'ml-fundamentals': 2 },
		});
		expect(first?.terms).toEqual([
			{
				points: '+3',
				label: 'background: Software engineering',
				reason: 'Your engineering skills carry straight over; add the fundamentals of ML',
			},
			{
				points: '+2',
				label: 'interest: Deployment',
				reason: 'Matches your interest in deployment',
			},
			{
				points: '+1.5',
				label: 'skills',
				reason:
					'Your ratings on 4 of its 5 key skills: Python 3, Systems and infrastructure 1, ML fundamentals 2, SQL 3 (mean 2.3 of 3)',
			},
		]);
		expect(first?.score).toBe(6.5);
	});

	test('labels each result reachable now or a stretch, with a reason from the answers', () => {
		const results = buildResults(model, contract);
		const byId = (id: string) => results.find((result) => result.id === id)?.reach;
		expect(byId('ml-engineer')).toEqual({
			now: true,
			why: 'Your background, Software engineering, gives it points, and the pathway “Pathway software-engineer-to-ml-engineer” leads to it from there. You have 5 years of work experience; it asks for at least 1 year.',
			expects: 'What ML Engineer roles expect.',
		});
		expect(byId('applied-scientist')).toEqual({
			now: false,
			why: 'It usually expects a PhD or an MS, which academic research brings. Only Academia and research makes it reachable now, and you chose Software engineering.',
			expects: 'What Applied Scientist roles expect.',
		});
		expect(byId('prompt-engineer')?.why).toBe(
			'It is one of the most accessible ways in for career changers.',
		);
		expect(byId('data-scientist')).toMatchObject({
			now: false,
			why: 'Your background, Software engineering, gives it no points, and no pathway on this site leads to it from there. You have 5 years of work experience; it asks for at least 1 year.',
		});
	});

	test('a software engineer with five years reaches the Forward Deployed Engineer by its pathway', () => {
		const fde = buildResults(model, contract).find(({ id }) => id === 'forward-deployed-engineer');
		expect(fde?.reach?.now).toBe(true);
		expect(fde?.reach?.why).toContain(
			'The pathway “Pathway software-engineer-to-forward-deployed-engineer” leads to it from your background, Software engineering.',
		);
		// The reason names the pathway the result's next steps link to, so the reader can check it.
		expect(fde?.reach?.why).toContain(fde?.pathway?.title);
	});

	test('a year short is a stretch that says how many years were given, or that none were', () => {
		const reachOf = (years: number | undefined) =>
			buildResults(model, { ...contract, years }).find(({ id }) => id === 'ml-engineer')?.reach;
		expect(reachOf(0)).toMatchObject({ now: false });
		expect(reachOf(0)?.why).toContain(
			'You have 0 years of work experience; it asks for at least 1 year.',
		);
		expect(reachOf(undefined)?.why).toContain(
			'You have not said how many years of work experience you have; it asks for at least 1 year.',
		);
	});
});

describe('hubFor', () => {
	test('links the top results to the page of the background the reader chose', () => {
		const hub = { title: 'Software engineering', href: '/from/software-engineering/' };
		expect(hubFor(model, contract)).toEqual(hub);
		const results = buildResults(model, contract);
		expect(results.filter((result) => result.top).map((result) => result.hub)).toEqual([
			hub,
			hub,
			hub,
		]);
		expect(results.filter((result) => !result.top).every((result) => !result.hub)).toBe(true);
	});

	test('links nowhere when the reader chose no background, whatever the fallback scored', () => {
		expect(hubFor(model, { ...EMPTY_PROFILE, interests: ['data'] })).toBeUndefined();
	});
});

describe('skillGaps', () => {
	test('lists the role’s key skills rated 0 or 1, in the role’s order, and nothing unrated', () => {
		const profile = { ...EMPTY_PROFILE, skills: { sql: 0, python: 1, systems: 2, writing: 0 } };
		expect(skillGaps(model, profile, role('ml-engineer'))).toEqual(['Python', 'SQL']);
		expect(skillGaps(model, EMPTY_PROFILE, role('ml-engineer'))).toEqual([]);
	});
});

describe('pathwayFor', () => {
	test('prefers the pathway from the reader’s background, then one from any background', () => {
		expect(pathwayFor(model, contract, role('ml-engineer'))?.href).toBe(
			'/pathways/software-engineer-to-ml-engineer/',
		);
		expect(pathwayFor(model, contract, role('prompt-engineer'))?.href).toBe(
			'/pathways/any-background-to-prompt-engineer/',
		);
		expect(pathwayFor(model, contract, role('data-scientist'))).toBeUndefined();
		expect(pathwayFor(model, contract, role('ml-engineer'))).toEqual({
			id: 'software-engineer-to-ml-engineer',
			title: 'Pathway software-engineer-to-ml-engineer',
			href: '/pathways/software-engineer-to-ml-engineer/',
		});
		expect(
			pathwayFor(model, { ...contract, background: 'data_analytics' }, role('data-scientist'))
				?.href,
		).toBe('/pathways/analytics-to-data-scientist/');
	});
});

describe('exercises', () => {
	test('suggests at most three exercises per role, in the atlas order', () => {
		expect(role('ml-engineer').exercises.map(({ href }) => href)).toEqual([
			'/exercises/map-your-skills/',
			'/exercises/translate-model-metrics/',
			'/exercises/interview-an-ai-team/',
		]);
	});
});

describe('announcement', () => {
	test('reads out the top three with their scores', () => {
		expect(announcement(buildResults(model, contract))).toBe(
			'Top 3: ML Engineer, 5 points; MLOps / LLMOps Engineer, 5 points; Forward Deployed Engineer, 4 points.',
		);
		expect(announcement([])).toBe('');
	});
});
