import { describe, expect, test } from 'vitest';
import { EMPTY_PROFILE, type Profile } from './profile';
import { quickMatch, rankRoles, roundPoints, type RoleScore, type Term } from './score';
import { random, testModel as model } from '../../tests/fixtures/recommender-model';

/**
 * The seed's `recommend_roles`, transcribed line by line from the Python (seed 002), with the
 * seed's role names. It is the oracle the content-driven scoring must agree with.
 */
function seedRecommend(background: string, interests: readonly string[]): [string, string][] {
	const backgroundMap: Record<string, [string, string][]> = {
		software_engineering: [
			['ML Engineer', 'Your SWE skills transfer directly — learn ML fundamentals'],
			['MLOps Engineer', 'Combine your DevOps/infra skills with ML operations'],
			['Research Engineer', 'If you enjoy low-level systems + ML implementation'],
		],
		data_analytics: [
			['Data Scientist', 'Natural progression — add Python + statistics depth'],
			['AI Product Manager', 'Your domain + analytics skill is the PM foundation'],
			['Data Engineer', 'Focus on the infrastructure side of the data stack'],
		],
		academia_research: [
			['AI Research Scientist', 'Direct path — publish, intern, then join a lab'],
			['Applied Scientist', 'Bridge research to product impact'],
			['AI Safety Researcher', 'If alignment and robustness interest you'],
		],
		non_technical: [
			['Prompt Engineer', 'Strong writing + systematic thinking = ideal fit'],
			['AI Product Manager', 'Domain expertise is your competitive advantage'],
			['AI Ethics Specialist', 'Policy, philosophy, or law backgrounds are assets'],
		],
	};
	const baseRoles = backgroundMap[background] ?? backgroundMap['non_technical'] ?? [];
	const interestBonus: Record<string, string[]> = {
		research: ['AI Research Scientist', 'Applied Scientist'],
		deployment: ['Forward Deployed Engineer', 'ML Engineer', 'MLOps Engineer'],
		data: ['Data Engineer', 'Data Scientist'],
		product: ['AI Product Manager', 'Prompt Engineer'],
		safety: ['AI Safety Researcher', 'AI Ethics Specialist'],
		client_facing: ['Forward Deployed Engineer', 'AI Product Manager'],
	};
	const roleScores = new Map<string, { score: number; reasons: string[] }>();
	for (const [role, reason] of baseRoles) roleScores.set(role, { score: 3, reasons: [reason] });
	for (const interest of interests) {
		for (const role of Object.hasOwn(interestBonus, interest)
			? (interestBonus[interest] ?? [])
			: []) {
			const info = roleScores.get(role) ?? { score: 0, reasons: [] };
			roleScores.set(role, info);
			info.score += 2;
			info.reasons.push(`Matches your interest in ${interest}`);
		}
	}
	const sorted = [...roleScores].sort(([, a], [, b]) => b.score - a.score);
	return sorted.slice(0, 3).map(([role, info]) => [role, info.reasons[0] ?? '']);
}

/** The seed's role names to the site's ids. */
const SEED_NAMES: Record<string, string> = {
	'ML Engineer': 'ml-engineer',
	'MLOps Engineer': 'mlops-engineer',
	'Research Engineer': 'research-engineer',
	'Data Scientist': 'data-scientist',
	'AI Product Manager': 'ai-product-manager',
	'Data Engineer': 'data-engineer',
	'AI Research Scientist': 'ai-research-scientist',
	'Applied Scientist': 'applied-scientist',
	'AI Safety Researcher': 'ai-safety-researcher',
	'Prompt Engineer': 'prompt-engineer',
	'AI Ethics Specialist': 'ai-ethics-specialist',
	'Forward Deployed Engineer': 'forward-deployed-engineer',
};

/**
 * The site gives each background's reasons in its own words (`quick-match.json`); this is the
 * seed's reason for each, and the site's.
 */
const REWORDED = new Map<string, string>([
	[
		'Your SWE skills transfer directly — learn ML fundamentals',
		'Your engineering skills carry straight over; add the fundamentals of ML',
	],
	[
		'Combine your DevOps/infra skills with ML operations',
		'Put your DevOps and infrastructure skills to work running ML systems',
	],
	[
		'If you enjoy low-level systems + ML implementation',
		'A fit if you like low-level systems work and building ML by hand',
	],
	[
		'Natural progression — add Python + statistics depth',
		'The natural next step: deepen your Python and statistics',
	],
	[
		'Your domain + analytics skill is the PM foundation',
		'Domain knowledge and analytics are what a PM builds on',
	],
	[
		'Focus on the infrastructure side of the data stack',
		'Move towards the infrastructure that carries the data',
	],
	[
		'Direct path — publish, intern, then join a lab',
		'The direct route: publish, do an internship, then join a lab',
	],
	['Bridge research to product impact', 'Turn research into results in a product'],
	['If alignment and robustness interest you', 'A fit if alignment and robustness draw you'],
	[
		'Strong writing + systematic thinking = ideal fit',
		'Clear writing and methodical thinking suit this work well',
	],
	[
		'Domain expertise is your competitive advantage',
		'Your knowledge of a domain is what sets you apart',
	],
	[
		'Policy, philosophy, or law backgrounds are assets',
		'A background in policy, philosophy or law counts in your favour',
	],
]);

/**
 * A reason of the seed as the site words it: the background reasons rewritten, and interest ids
 * ("client_facing") in words. These are the only differences in wording, and they are on purpose.
 */
const inWords = (reason: string) =>
	REWORDED.get(reason) ?? reason.replace('client_facing', 'client-facing work');

/** Top three as (id, first reason), the shape `recommend_roles` returns. */
const topThree = (ranking: RoleScore[]) =>
	ranking.slice(0, 3).map(({ role, terms }) => [role, terms[0]?.reason]);

/** Ranks a quick-match profile and returns (id, score) for every role that scored. */
const scored = (background: string, interests: string[]) =>
	rankRoles(model, { ...EMPTY_PROFILE, background, interests })
		.filter(({ score }) => score !== 0)
		.map(({ role, score }) => [role, score]);

const INTERESTS = ['research', 'deployment', 'data', 'product', 'safety', 'client_facing'];
const BACKGROUNDS = [
	'software_engineering',
	'data_analytics',
	'academia_research',
	'non_technical',
];

/** A random quick-match profile, including unknown backgrounds, unknown and repeated interests. */
function randomQuickProfile(next: () => number): Pick<Profile, 'background' | 'interests'> {
	const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
	const interests = Array.from({ length: Math.floor(next() * 6) }, () =>
		pick([...INTERESTS, 'cooking', 'deployment']),
	);
	return { background: pick([...BACKGROUNDS, 'law', undefined]), interests };
}

/** A random full profile, answers in range or not answered. */
function randomProfile(next: () => number): Profile {
	const chance = (p: number) => next() < p;
	const skills = Object.fromEntries(
		model.skills.filter(() => chance(0.4)).map(({ id }) => [id, Math.floor(next() * 4)]),
	);
	return {
		...randomQuickProfile(next),
		years: chance(0.7) ? Math.floor(next() * 30) : undefined,
		skills,
		goals: model.assessment.goals.filter(() => chance(0.3)).map(({ id }) => id),
		travel: chance(0.5) ? (chance(0.5) ? 'yes' : 'no') : undefined,
		pay: chance(0.5) ? ['high', 'some', 'low'][Math.floor(next() * 3)] : undefined,
	};
}

describe('quick match: the seed, reproduced', () => {
	test.each([
		// The four examples the seed prints, with their expected output worked out by hand.
		[
			'software_engineering',
			['deployment', 'client_facing'],
			[
				['ml-engineer', 'Your engineering skills carry straight over; add the fundamentals of ML'],
				['mlops-engineer', 'Put your DevOps and infrastructure skills to work running ML systems'],
				['forward-deployed-engineer', 'Matches your interest in deployment'],
			],
		],
		[
			'academia_research',
			['research', 'safety'],
			[
				['ai-research-scientist', 'The direct route: publish, do an internship, then join a lab'],
				['applied-scientist', 'Turn research into results in a product'],
				['ai-safety-researcher', 'A fit if alignment and robustness draw you'],
			],
		],
		[
			'data_analytics',
			['product', 'data'],
			[
				['data-scientist', 'The natural next step: deepen your Python and statistics'],
				['ai-product-manager', 'Domain knowledge and analytics are what a PM builds on'],
				['data-engineer', 'Move towards the infrastructure that carries the data'],
			],
		],
		[
			'non_technical',
			['product', 'safety'],
			[
				['prompt-engineer', 'Clear writing and methodical thinking suit this work well'],
				['ai-product-manager', 'Your knowledge of a domain is what sets you apart'],
				['ai-ethics-specialist', 'A background in policy, philosophy or law counts in your favour'],
			],
		],
	])('%s with %j gives the seed’s top three and reasons', (background, interests, expected) => {
		expect(topThree(rankRoles(model, { ...EMPTY_PROFILE, background, interests }))).toEqual(
			expected,
		);
	});

	test.each([
		// Every score below is worked out by hand from the seed's Python.
		[
			'software_engineering',
			['deployment', 'client_facing'],
			[
				['ml-engineer', 5],
				['mlops-engineer', 5],
				['forward-deployed-engineer', 4],
				['research-engineer', 3],
				['ai-product-manager', 2],
			],
		],
		[
			'academia_research',
			['research', 'safety'],
			[
				['ai-research-scientist', 5],
				['applied-scientist', 5],
				['ai-safety-researcher', 5],
				['ai-ethics-specialist', 2],
			],
		],
		[
			'data_analytics',
			['product', 'data'],
			[
				['data-scientist', 5],
				['ai-product-manager', 5],
				['data-engineer', 5],
				['prompt-engineer', 2],
			],
		],
		[
			'non_technical',
			['product', 'safety'],
			[
				['prompt-engineer', 5],
				['ai-product-manager', 5],
				['ai-ethics-specialist', 5],
				['ai-safety-researcher', 2],
			],
		],
		// Ties among interest-only roles keep the order the interests were given in.
		[
			'data_analytics',
			['research', 'safety'],
			[
				['data-scientist', 3],
				['ai-product-manager', 3],
				['data-engineer', 3],
				['ai-research-scientist', 2],
				['applied-scientist', 2],
				['ai-safety-researcher', 2],
				['ai-ethics-specialist', 2],
			],
		],
		[
			'data_analytics',
			['safety', 'research'],
			[
				['data-scientist', 3],
				['ai-product-manager', 3],
				['data-engineer', 3],
				['ai-safety-researcher', 2],
				['ai-ethics-specialist', 2],
				['ai-research-scientist', 2],
				['applied-scientist', 2],
			],
		],
		// Every interest at once: two roles at 4 keep first-met order (FDE via deployment).
		[
			'software_engineering',
			INTERESTS,
			[
				['ml-engineer', 5],
				['mlops-engineer', 5],
				['forward-deployed-engineer', 4],
				['ai-product-manager', 4],
				['research-engineer', 3],
				['ai-research-scientist', 2],
				['applied-scientist', 2],
				['data-engineer', 2],
				['data-scientist', 2],
				['prompt-engineer', 2],
				['ai-safety-researcher', 2],
				['ai-ethics-specialist', 2],
			],
		],
		// A repeated interest counts twice, as in the seed (the fragment parser drops repeats).
		[
			'non_technical',
			['safety', 'safety'],
			[
				['ai-ethics-specialist', 7],
				['ai-safety-researcher', 4],
				['prompt-engineer', 3],
				['ai-product-manager', 3],
			],
		],
	])('%s with %j scores every role as the seed does', (background, interests, expected) => {
		expect(scored(background, interests)).toEqual(expected);
	});

	test('an unknown or missing background falls back to non_technical', () => {
		const fallback = scored('non_technical', ['data']);
		expect(scored('law', ['data'])).toEqual(fallback);
		expect(rankRoles(model, { ...EMPTY_PROFILE, interests: ['data'] }).slice(0, 5)).toEqual(
			rankRoles(model, {
				...EMPTY_PROFILE,
				background: 'non_technical',
				interests: ['data'],
			}).slice(0, 5),
		);
		expect(rankRoles(model, { ...EMPTY_PROFILE, background: 'law' })[0]?.terms[0]?.label).toBe(
			'background: Non-technical background',
		);
	});

	test('unknown interests add nothing', () => {
		expect(scored('software_engineering', ['cooking', 'deployment', '__proto__'])).toEqual(
			scored('software_engineering', ['deployment']),
		);
	});

	test('roles nothing points to score 0 and follow in the site’s order', () => {
		const ranking = rankRoles(model, { ...EMPTY_PROFILE, background: 'software_engineering' });
		const rest = ranking.slice(3);
		expect(rest.every(({ score, terms }) => score === 0 && terms.length === 0)).toBe(true);
		expect(rest.map(({ role }) => role)).toEqual(
			model.roles
				.map(({ id }) => id)
				.filter((id) => !['ml-engineer', 'mlops-engineer', 'research-engineer'].includes(id)),
		);
	});

	test('agrees with the transcribed seed on 2,000 random profiles', () => {
		const next = random(2026);
		for (let run = 0; run < 2000; run += 1) {
			const { background, interests } = randomQuickProfile(next);
			const seed = seedRecommend(background ?? 'None', interests).map(([name, reason]) => [
				SEED_NAMES[name],
				inWords(reason),
			]);
			expect(topThree(rankRoles(model, { ...EMPTY_PROFILE, background, interests }))).toEqual(seed);
		}
	});

	test('quickMatch lists roles in the order the seed first meets them', () => {
		const met = quickMatch(model, {
			background: 'software_engineering',
			interests: ['client_facing', 'deployment'],
		});
		expect([...met.keys()]).toEqual([
			'ml-engineer',
			'mlops-engineer',
			'research-engineer',
			'forward-deployed-engineer',
			'ai-product-manager',
		]);
		expect(met.get('forward-deployed-engineer')?.map((term) => term.label)).toEqual([
			'interest: Client-facing work',
			'interest: Deployment',
		]);
	});
});

describe('full assessment', () => {
	const contract: Profile = {
		...EMPTY_PROFILE,
		background: 'software_engineering',
		interests: ['deployment', 'client_facing'],
		years: 5,
	};
	const find = (ranking: RoleScore[], id: string) => ranking.find(({ role }) => role === id);
	const term = (terms: readonly Term[] | undefined, label: string) =>
		terms?.find((candidate) => candidate.label === label);

	test('with no extra answers the ranking is exactly the quick match', () => {
		const next = random(7);
		for (let run = 0; run < 500; run += 1) {
			const quick = { ...EMPTY_PROFILE, ...randomQuickProfile(next) };
			const met = quickMatch(model, quick);
			const ranking = rankRoles(model, { ...quick, years: Math.floor(next() * 40) });
			const expected = [...met]
				.map(([role, terms]) => ({
					role,
					terms,
					score: terms.reduce((t, { points }) => t + points, 0),
				}))
				.sort((a, b) => b.score - a.score);
			expect(ranking.slice(0, expected.length)).toEqual(expected);
		}
	});

	test('skills add the mean rating on the role’s key skills, scaled to at most 2', () => {
		const ranking = rankRoles(model, {
			...contract,
			skills: {
				python: 3,
				'software-engineering': 3,
				systems: 2,
				'ml-fundamentals': 1,
				writing: 0,
			},
		});
		expect(find(ranking, 'ml-engineer')?.terms.at(-1)).toEqual({
			label: 'skills',
			points: 1.5,
			reason:
				'Your ratings on 4 of its 5 key skills: Python 3, Software engineering 3, Systems and infrastructure 2, ML fundamentals 1 (mean 2.3 of 3)',
		});
		expect(find(ranking, 'ml-engineer')?.score).toBe(6.5);
		// Rated skills the role does not rely on do not count; unrated key skills do not count.
		expect(find(ranking, 'forward-deployed-engineer')?.terms.at(-1)?.points).toBe(1.7);
		expect(find(ranking, 'ai-ethics-specialist')?.terms).toEqual([
			expect.objectContaining({ label: 'skills', points: 0.3 }),
		]);
		const allStrong = Object.fromEntries(model.skills.map(({ id }) => [id, 3]));
		for (const { terms } of rankRoles(model, { ...EMPTY_PROFILE, skills: allStrong })) {
			expect(term(terms, 'skills')?.points).toBe(2);
		}
	});

	test('goals add their points to the roles they list', () => {
		const ranking = rankRoles(model, { ...contract, goals: ['clients', 'operations'] });
		expect(find(ranking, 'forward-deployed-engineer')?.score).toBe(5);
		expect(find(ranking, 'ml-engineer')?.score).toBe(6);
		expect(find(ranking, 'ai-platform-enabler')?.terms.map(({ label }) => label)).toEqual([
			'goal: Running AI systems in production',
		]);
	});

	test('an unwilling traveller loses 2 points on the Forward Deployed Engineer only', () => {
		const ranking = rankRoles(model, { ...contract, travel: 'no' });
		expect(ranking.slice(0, 5).map(({ role, score }) => [role, score])).toEqual([
			['ml-engineer', 5],
			['mlops-engineer', 5],
			['research-engineer', 3],
			['forward-deployed-engineer', 2],
			['ai-product-manager', 2],
		]);
		expect(find(ranking, 'forward-deployed-engineer')?.terms.at(-1)?.reason).toContain('40–80%');
		expect(rankRoles(model, { ...contract, travel: 'yes' })).toEqual(rankRoles(model, contract));
	});

	test('pay priority scales with the 2026 top of range and says so when there is none', () => {
		const high = rankRoles(model, { ...EMPTY_PROFILE, pay: 'high' });
		const pay = (ranking: RoleScore[], id: string) =>
			term(find(ranking, id)?.terms, 'pay priority');
		expect(pay(high, 'ai-research-scientist')?.points).toBe(1);
		expect(pay(high, 'ml-engineer')).toEqual({
			label: 'pay priority',
			points: 0.7,
			reason: 'Top of its range: $350K, total compensation, 2026; the highest here is $500K+',
		});
		expect(pay(high, 'prompt-engineer')?.points).toBe(0.4);
		expect(pay(high, 'ai-ethics-specialist')).toEqual({
			label: 'pay priority',
			points: 0,
			reason: 'No 2026 pay figure is published for this role',
		});
		expect(
			pay(rankRoles(model, { ...EMPTY_PROFILE, pay: 'some' }), 'ai-research-scientist')?.points,
		).toBe(0.5);
		expect(rankRoles(model, { ...EMPTY_PROFILE, pay: 'low' })).toEqual(
			rankRoles(model, EMPTY_PROFILE),
		);
	});

	test('years of experience never change a score', () => {
		const next = random(99);
		for (let run = 0; run < 200; run += 1) {
			const profile = randomProfile(next);
			expect(rankRoles(model, { ...profile, years: 0 })).toEqual(
				rankRoles(model, { ...profile, years: 25 }),
			);
		}
	});
});

describe('properties over 3,000 seeded random profiles', () => {
	const next = random(42);
	const profiles = Array.from({ length: 3000 }, () => randomProfile(next));

	test('deterministic, total, every role once, sorted, score = sum of its terms', () => {
		for (const profile of profiles) {
			const ranking = rankRoles(model, profile);
			expect(rankRoles(model, profile)).toEqual(ranking);
			expect(ranking.map(({ role }) => role).sort()).toEqual(
				model.roles.map(({ id }) => id).sort(),
			);
			ranking.forEach(({ score, terms }, index) => {
				const sum = terms.reduce((total, term) => total + term.points, 0);
				expect(score).toBe(roundPoints(sum));
				expect(Math.abs(score - sum)).toBeLessThan(1e-9);
				expect(score).toBeLessThanOrEqual(ranking[index - 1]?.score ?? Infinity);
			});
		}
	});

	test('each extra term stays within its documented bounds', () => {
		for (const profile of profiles) {
			for (const { terms } of rankRoles(model, profile)) {
				for (const { label, points } of terms) {
					if (label === 'skills') expect(points).toBeGreaterThanOrEqual(0);
					if (label === 'skills') expect(points).toBeLessThanOrEqual(2);
					if (label === 'pay priority') expect(points).toBeLessThanOrEqual(1);
					if (label === 'travel') expect(points).toBe(-2);
					if (label.startsWith('goal:')) expect(points).toBe(1);
				}
			}
		}
	});

	test('every role reaches a top three in some random profile', () => {
		const reached = new Set(
			profiles.flatMap((profile) =>
				rankRoles(model, profile)
					.slice(0, 3)
					.map(({ role }) => role),
			),
		);
		expect([...reached].sort()).toEqual(model.roles.map(({ id }) => id).sort());
	});
});
