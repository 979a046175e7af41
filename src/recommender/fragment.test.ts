import { describe, expect, test } from 'vitest';
import {
	FRAGMENT_KEYS,
	MAX_FRAGMENT_LENGTH,
	fragmentReference,
	isAnswerFragment,
	parseFragment,
	serialiseFragment,
} from './fragment';
import { EMPTY_PROFILE, type Profile } from './profile';
import { rankRoles } from './score';
import { random, testModel as model } from '../../tests/fixtures/recommender-model';

const CONTRACT = '#background=software_engineering&interests=deployment,client_facing&years=5';

describe('parseFragment', () => {
	test('reads the contract URL and ranks the seed’s top three', () => {
		const { profile, notes } = parseFragment(CONTRACT, model);
		expect(notes).toEqual([]);
		expect(profile).toEqual({
			...EMPTY_PROFILE,
			background: 'software_engineering',
			interests: ['deployment', 'client_facing'],
			years: 5,
		});
		expect(
			rankRoles(model, profile)
				.slice(0, 3)
				.map(({ role, score }) => [role, score]),
		).toEqual([
			['ml-engineer', 5],
			['mlops-engineer', 5],
			['forward-deployed-engineer', 4],
		]);
	});

	test('reads every full-assessment parameter', () => {
		const { profile, notes } = parseFragment(
			'background=academia_research&interests=safety&years=2&skills=python:3,sql:0&goals=research,policy&travel=no&pay=high',
			model,
		);
		expect(notes).toEqual([]);
		expect(profile).toEqual({
			background: 'academia_research',
			interests: ['safety'],
			years: 2,
			skills: { python: 3, sql: 0 },
			goals: ['research', 'policy'],
			travel: 'no',
			pay: 'high',
		});
	});

	test('keeps the interests’ order, because it breaks ties', () => {
		expect(parseFragment('interests=client_facing,deployment', model).profile.interests).toEqual([
			'client_facing',
			'deployment',
		]);
	});

	test('ignores unknown keys and ids with a note each', () => {
		const { profile, notes } = parseFragment(
			'colour=blue&background=wizardry&interests=deployment,cooking,deployment&goals=fame&travel=maybe&pay=lots&skills=python:3,juggling:2',
			model,
		);
		expect(profile).toEqual({ ...EMPTY_PROFILE, interests: ['deployment'], skills: { python: 3 } });
		expect(notes).toEqual([
			'Ignored unknown background “\u2068wizardry\u2069”.',
			'Ignored unknown interests: “\u2068cooking\u2069”.',
			'Ignored unknown goals: “\u2068fame\u2069”.',
			'Ignored unknown travel answer “\u2068maybe\u2069”.',
			'Ignored unknown pay answer “\u2068lots\u2069”.',
			'Ignored unknown skills: “\u2068juggling:2\u2069”.',
			'Ignored unknown setting “\u2068colour\u2069”.',
		]);
	});

	test.each([
		['years=-3', 0, 'Read years “\u2068-3\u2069” as 0 (0 to 50).'],
		['years=500', 50, 'Read years “\u2068500\u2069” as 50 (0 to 50).'],
		['years=2.5', 2, 'Read years “\u20682.5\u2069” as 2 (0 to 50).'],
		['years=abc', undefined, 'Ignored years “\u2068abc\u2069”: not a number.'],
		['years=1e3', undefined, 'Ignored years “\u20681e3\u2069”: not a number.'],
		['years=0x10', undefined, 'Ignored years “\u20680x10\u2069”: not a number.'],
		['years=%20', undefined, 'Ignored years “\u2068 \u2069”: not a number.'],
	])('clamps or ignores out-of-range years: %s', (hash, years, note) => {
		const { profile, notes } = parseFragment(hash, model);
		expect(profile.years).toBe(years);
		expect(notes).toEqual([note]);
	});

	test('clamps skill ratings to the scale and rejects malformed items', () => {
		const { profile, notes } = parseFragment(
			'skills=python:9,sql:-1,writing:x,statistics,research:1:2',
			model,
		);
		expect(profile.skills).toEqual({ python: 3, sql: 0 });
		expect(notes).toEqual([
			'Read the Python rating “\u20689\u2069” as 3 (0 to 3).',
			'Read the SQL rating “\u2068-1\u2069” as 0 (0 to 3).',
			'Ignored the Writing rating “\u2068x\u2069”: not a number.',
			'Ignored unknown skills: “\u2068statistics\u2069”, “\u2068research:1:2\u2069”.',
		]);
	});

	test('never turns markup into anything but a quoted, cut note', () => {
		const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const { profile, notes } = parseFragment(
			`background=${encodeURIComponent(markup)}&interests=${encodeURIComponent(markup)}`,
			model,
		);
		expect(profile).toEqual(EMPTY_PROFILE);
		expect(notes).toHaveLength(2);
		expect(notes[0]).toContain('“\u2068<img src=x onerror=alert(1)><s…\u2069”');
	});

	test('ignores over-long values and cuts over-long fragments', () => {
		const long = parseFragment(`background=${'a'.repeat(5000)}`, model);
		expect(long.profile).toEqual(EMPTY_PROFILE);
		expect(long.notes).toEqual([
			`The link was longer than ${MAX_FRAGMENT_LENGTH} characters; only its start was read.`,
			'Ignored background: the value is too long.',
		]);
		const many = parseFragment(`interests=${Array(150).fill('x').join(',')}`, model);
		expect(many.notes).toEqual([
			'Ignored unknown interests: “\u2068x\u2069”, “\u2068x\u2069”, “\u2068x\u2069” and 147 more.',
		]);
	});

	test('says one thing about many unknown or repeated settings, however many the link has', () => {
		const unknown = Array.from({ length: 500 }, (_, index) => `setting${index}=1`).join('&');
		expect(parseFragment(unknown, model).notes).toEqual([
			'The link was longer than 2000 characters; only its start was read.',
			expect.stringMatching(
				/^Ignored unknown settings “\u2068setting0\u2069”, “\u2068setting1\u2069”, “\u2068setting2\u2069” and \d+ more\.$/,
			),
		]);
		const repeated = Array.from({ length: 200 }, () => 'years=2').join('&');
		expect(parseFragment(repeated, model).notes).toEqual(['Ignored a repeated years setting.']);
	});

	test('ignores repeated keys, empty values and prototype names', () => {
		const { profile, notes } = parseFragment(
			'background=data_analytics&background=software_engineering&years=&__proto__=1&skills=__proto__:3,constructor:1',
			model,
		);
		expect(profile).toEqual({ ...EMPTY_PROFILE, background: 'data_analytics' });
		expect(Object.getPrototypeOf(profile.skills)).toBe(Object.prototype);
		expect(notes).toEqual([
			'Ignored unknown skills: “\u2068__proto__:3\u2069”, “\u2068constructor:1\u2069”.',
			'Ignored unknown setting “\u2068__proto__\u2069”.',
			'Ignored a repeated background setting.',
		]);
	});

	test('never throws on random garbage, and keeps only known answers', () => {
		const next = random(1);
		const alphabet = 'abc_=&,:%#+<>"\'\u0000é😀0123456789-.';
		const known = new Set([
			...model.quickMatch.backgrounds.map(({ background }) => background),
			...model.quickMatch.interests.map(({ id }) => id),
		]);
		for (let run = 0; run < 2000; run += 1) {
			const length = Math.floor(next() * 80);
			const hash = Array.from(
				{ length },
				() => alphabet[Math.floor(next() * alphabet.length)],
			).join('');
			const { profile, notes } = parseFragment(hash, model);
			const ids = [
				...(profile.background === undefined ? [] : [profile.background]),
				...profile.interests,
			];
			for (const id of ids) expect(known).toContain(id);
			for (const note of notes) expect(note.length).toBeLessThan(200);
		}
	});
});

describe('serialiseFragment', () => {
	test('writes the contract URL back as it was', () => {
		expect(`#${serialiseFragment(parseFragment(CONTRACT, model).profile)}`).toBe(CONTRACT);
	});

	test('writes the full assessment in a fixed key order, leaving out the unanswered', () => {
		const profile: Profile = {
			interests: [],
			skills: { python: 3, sql: 2 },
			goals: ['quality'],
			travel: 'no',
			pay: 'high',
			years: 0,
		};
		expect(serialiseFragment(profile)).toBe(
			'years=0&skills=python:3,sql:2&goals=quality&travel=no&pay=high',
		);
		expect(serialiseFragment(EMPTY_PROFILE)).toBe('');
	});

	test('round-trips 1,000 random valid profiles', () => {
		const next = random(3);
		const some = <T>(values: readonly T[]) => values.filter(() => next() < 0.4);
		for (let run = 0; run < 1000; run += 1) {
			const profile: Profile = {
				...(next() < 0.8 && { background: some(model.quickMatch.backgrounds)[0]?.background }),
				interests: some(model.quickMatch.interests.map(({ id }) => id)).reverse(),
				...(next() < 0.5 && { years: Math.floor(next() * 51) }),
				skills: Object.fromEntries(
					some(model.skills).map(({ id }) => [id, Math.floor(next() * 4)]),
				),
				goals: some(model.assessment.goals.map(({ id }) => id)),
				...(next() < 0.5 && { travel: next() < 0.5 ? 'yes' : 'no' }),
				...(next() < 0.5 && { pay: 'some' }),
			};
			const parsed = parseFragment(serialiseFragment(profile), model);
			expect(parsed.notes).toEqual([]);
			expect(parsed.profile).toEqual(JSON.parse(JSON.stringify(profile)));
		}
	});
});

describe('isAnswerFragment', () => {
	test('tells answers from links to headings', () => {
		expect(isAnswerFragment(CONTRACT)).toBe(true);
		expect(isAnswerFragment('#how-the-scoring-works')).toBe(false);
		expect(isAnswerFragment('')).toBe(false);
	});
});

describe('fragmentReference', () => {
	test('documents every key, with examples the parser accepts without a note', () => {
		const docs = fragmentReference(model);
		expect(docs.map(({ key }) => key)).toEqual([...FRAGMENT_KEYS]);
		const link = docs.map(({ example }) => example).join('&');
		expect(link).toBe(
			'background=software_engineering&interests=research,deployment&years=5&skills=client-work:3,communication:2&goals=research,products&travel=no&pay=high',
		);
		expect(parseFragment(link, model).notes).toEqual([]);
	});
});
