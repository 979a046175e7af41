import { describe, expect, test } from 'vitest';
import { collectionSections, folderSections } from './site-sections';

describe('folderSections', () => {
	test('names the sections that list a folder of docs pages, and only those', () => {
		const sections = [
			{ label: 'Roles', path: '/roles/', collection: 'roles' as const },
			{ label: 'Guides', directory: 'guides' },
		];
		expect(folderSections(sections)).toEqual([{ label: 'Guides', directory: 'guides' }]);
		expect(collectionSections(sections)).toEqual([
			{ label: 'Roles', path: '/roles/', collection: 'roles' },
		]);
	});
});
