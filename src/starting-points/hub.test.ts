import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	backgroundEntry,
	pathwayEntry,
	ref,
	roleEntry,
} from '../../tests/fixtures/entries';
import { type Atlas, createAtlas } from '../atlas/atlas';
import { type FinderData, hub, inSentence, travelFor } from './hub';

const months = (min: number, max: number, basis: 'source' | 'estimate' = 'estimate') => ({
	id: `s${min}`,
	title: 'Stage',
	duration: { min, max, unit: 'months' as const, basis },
	steps: [],
});

const swe = backgroundEntry('software_engineering', { title: 'Software engineering' });
const any = backgroundEntry('any_background', { title: 'Any background' });
const atlas: Atlas = createAtlas({
	...EMPTY_ATLAS,
	backgrounds: [swe, any],
	roles: [
		roleEntry('ml-engineer', {
			title: 'ML Engineer',
			expects: 'Engineering you can show.',
			phd: 'not-needed',
		}),
		roleEntry('forward-deployed-engineer', {
			title: 'Forward Deployed Engineer',
			fit: { signals: ['You like clients.', 'Travel suits you.'], workplace: [], proof: [] },
		}),
		roleEntry('ai-product-manager', { title: 'AI Product Manager', family: 'product' }),
	],
	pathways: [
		pathwayEntry(
			'swe-to-fde',
			{ background: ref('backgrounds', swe.id) },
			'forward-deployed-engineer',
			{
				title: 'A: Software Engineer → FDE',
				audience: 'Engineers who like clients.',
				stages: [months(1, 2), months(2, 3)],
			},
		),
		pathwayEntry('swe-to-mle', { background: ref('backgrounds', swe.id) }, 'ml-engineer', {
			title: 'B: Software Engineer → ML Engineer',
			carriesOver: ['Testing'],
			gaps: ['ML fundamentals'],
			stages: [months(3, 3, 'source')],
		}),
		pathwayEntry('any-to-pm', { background: ref('backgrounds', any.id) }, 'ai-product-manager'),
	],
});

const finder: FinderData = {
	quickMatch: {
		backgrounds: [
			{
				background: swe.id,
				title: 'Software engineering',
				href: '/from/software-engineering/',
				roles: [{ role: 'ml-engineer', reason: 'Your skills transfer directly' }],
			},
		],
	},
	assessment: { travel: { options: [{ adjustments: [] }] }, pathwayFallback: any.id },
};

describe('hub', () => {
	const page = hub(atlas, finder, swe);

	test('puts the role finder’s suggestions first, then the other moves by title', () => {
		expect(page.title).toBe('Into AI from software engineering');
		expect(page.cards.map((card) => card.role.title)).toEqual([
			'ML Engineer',
			'Forward Deployed Engineer',
		]);
	});

	test('says why a move fits from the role finder, or else who the pathway is for', () => {
		expect(page.cards[0]?.fit).toEqual({
			label: 'Why it fits',
			text: 'Your skills transfer directly',
		});
		expect(page.cards[1]?.fit).toEqual({
			label: 'Who it is for',
			text: 'Engineers who like clients.',
		});
	});

	test('carries the pathway’s and the role’s data: what carries over, gaps, expectations, time', () => {
		expect(page.cards[0]).toMatchObject({
			pathway: { href: '/pathways/swe-to-mle/' },
			carriesOver: ['Testing'],
			gaps: ['ML fundamentals'],
			expects: 'Engineering you can show.',
			phd: 'Not needed.',
			time: '3 months',
			timeIsEstimate: false,
			travel: undefined,
		});
		expect(page.cards[1]).toMatchObject({ time: '3–5 months', timeIsEstimate: true });
	});

	test('adds the moves from any background, except on that background’s own page', () => {
		expect(page.alsoOpen.map((pathway) => pathway.id)).toEqual(['any-to-pm']);
		expect(hub(atlas, finder, any).alsoOpen).toEqual([]);
		expect(hub(atlas, finder, any).cards.map((card) => card.role.title)).toEqual([
			'AI Product Manager',
		]);
	});
});

describe('travelFor', () => {
	const fde = atlas.roles.find((role) => role.id === 'forward-deployed-engineer');
	test('takes the role finder’s travel reason first, then the role’s own line on travel', () => {
		if (!fde) throw new Error('fixture');
		expect(travelFor(fde, finder)).toBe('Travel suits you.');
		const withReason: FinderData = {
			...finder,
			assessment: {
				...finder.assessment,
				travel: {
					options: [{ adjustments: [{ role: fde.id, reason: 'Away 40–80% of the time' }] }],
				},
			},
		};
		expect(travelFor(fde, withReason)).toBe('Away 40–80% of the time');
	});
});

test('inSentence lower-cases a title’s first letter unless its first word is a name', () => {
	expect(inSentence('Software engineering')).toBe('software engineering');
	expect(inSentence('DevOps and site reliability engineering')).toBe(
		'DevOps and site reliability engineering',
	);
});
