import { expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	docsEntry,
	faqEntry,
	pathwayEntry,
	ref,
	roleEntry,
} from '../../tests/fixtures/entries';
import { faqSources, readMore } from './questions';

test('links a question to its roles, then pathways, then guides', () => {
	const question = faqEntry('do-i-need-a-phd', 'Do I need a PhD?', {
		roles: [ref('roles', 'ml-engineer')],
		pathways: [ref('pathways', 'swe-to-mle')],
		guides: [ref('docs', 'guides/about')],
	});
	const atlas = {
		...EMPTY_ATLAS,
		roles: [roleEntry('ml-engineer', { title: 'ML Engineer' })],
		pathways: [
			pathwayEntry('swe-to-mle', { background: ref('backgrounds', 'swe') }, 'ml-engineer', {
				title: 'Software Engineer → ML Engineer',
			}),
		],
		docs: [docsEntry('guides/about', 'About this site')],
	};
	expect(readMore(atlas, question)).toEqual([
		{ href: '/roles/ml-engineer/', title: 'ML Engineer' },
		{ href: '/pathways/swe-to-mle/', title: 'Software Engineer → ML Engineer' },
		{ href: '/guides/about/', title: 'About this site' },
	]);
});

test('makes one Sources box from every answer: most-used documents first, each gap once', () => {
	const doc = (id: string) => ref('sources', id);
	const answers = [
		faqEntry('pay', 'What does it pay?', {
			sources: { documents: [doc('story'), doc('guide')], gaps: ['No pay by country.'] },
		}),
		faqEntry('phd', 'Do I need a PhD?', {
			sources: { documents: [doc('guide'), doc('essay')], gaps: ['No pay by country.'] },
		}),
		faqEntry('time', 'How long?', {
			sources: { documents: [doc('essay'), doc('guide')], gaps: ['No timings.'] },
		}),
	];
	expect(faqSources(answers)).toEqual({
		documents: [doc('guide'), doc('essay'), doc('story')],
		gaps: ['No pay by country.', 'No timings.'],
	});
});
