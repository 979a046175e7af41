import { describe, expect, test } from 'vitest';
import type { DocsEntry } from './atlas';
import {
	EMPTY_ATLAS,
	caseStudyEntry,
	docsEntry,
	exerciseEntry,
	roleEntry,
	sweToMlePathway,
} from '../../tests/fixtures/entries';
import { contentPages } from './content-pages';

const withFile = <T extends object>(entry: T, filePath: string): T => ({ ...entry, filePath });

describe('contentPages', () => {
	const docs: DocsEntry[] = [
		docsEntry('index', 'Home', 'The home page.'),
		docsEntry('404', 'Not found', 'Nothing here.'),
		withFile(
			docsEntry('guides/about', 'About', 'Where it comes from.'),
			'content/docs/guides/about.mdx',
		),
	];
	const atlas = {
		...EMPTY_ATLAS,
		roles: [
			withFile(
				roleEntry('ml-engineer', { title: 'ML Engineer', summary: 'Ships models.' }),
				'content/roles/ml-engineer.mdx',
			),
		],
		pathways: [sweToMlePathway({ summary: 'The road.' })],
		caseStudies: [caseStudyEntry('spotify', ['ml-engineer'], { summary: 'Hub and spoke.' })],
		exercises: [exerciseEntry('map-your-skills', 'beginner', [], { summary: 'Score skills.' })],
		docs,
	};
	const pages = contentPages(atlas);

	test('lists every role, pathway, case study, exercise and guide, in that order', () => {
		expect(pages.map(({ kind, path }) => [kind, path])).toEqual([
			['role', '/roles/ml-engineer/'],
			['pathway', '/pathways/swe-to-mle/'],
			['case-study', '/case-studies/spotify/'],
			['exercise', '/exercises/map-your-skills/'],
			['guide', '/guides/about/'],
		]);
	});

	test('leaves out the home page and the 404 page, which are not guides', () => {
		expect(pages.some((page) => page.title === 'Home' || page.title === 'Not found')).toBe(false);
	});

	test('names each page’s sidebar section, summary and source file', () => {
		expect(pages[0]).toEqual({
			kind: 'role',
			section: 'Roles',
			path: '/roles/ml-engineer/',
			title: 'ML Engineer',
			summary: 'Ships models.',
			file: 'content/roles/ml-engineer.mdx',
		});
		expect(pages.map((page) => page.section)).toEqual([
			'Roles',
			'Pathways',
			'Case studies',
			'Exercises',
			'Guides',
		]);
		expect(pages.at(-1)).toMatchObject({
			summary: 'Where it comes from.',
			file: 'content/docs/guides/about.mdx',
		});
	});
});
