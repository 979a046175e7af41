import { describe, expect, test } from 'vitest';
import { ogImagePath, ogImageTags } from './meta';

const ids = { roles: ['ml-engineer'], pathways: ['software-engineer-to-ml-engineer'] };

describe('ogImagePath', () => {
	test('gives role and pathway pages their image', () => {
		expect(ogImagePath('/roles/ml-engineer/', ids)).toBe('/og/roles/ml-engineer.png');
		expect(ogImagePath('/pathways/software-engineer-to-ml-engineer/', ids)).toBe(
			'/og/pathways/software-engineer-to-ml-engineer.png',
		);
	});

	test.each([
		'/roles/',
		'/pathways/',
		'/',
		'/roles/unknown/',
		'/guides/ml-engineer/',
		'/roles/ml-engineer',
		'/roles/ml-engineer/x/',
		'/exercises/ml-engineer/',
	])('gives %s none', (path) => {
		expect(ogImagePath(path, ids)).toBeUndefined();
	});
});

describe('ogImageTags', () => {
	test('names the image, its size and its text alternative', () => {
		expect(
			ogImageTags('https://x.example/og/roles/a.png', 'Role guide: A', {
				width: 1200,
				height: 630,
			}).map((tag) => [tag.attrs.property, tag.attrs.content]),
		).toEqual([
			['og:image', 'https://x.example/og/roles/a.png'],
			['og:image:width', '1200'],
			['og:image:height', '630'],
			['og:image:alt', 'Role guide: A'],
		]);
	});
});
