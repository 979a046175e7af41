import { describe, expect, test } from 'vitest';
import {
	type SiteSection,
	collectionSections,
	folderSections,
	sidebarConfig,
} from './site-sections';

const sections: SiteSection[] = [
	{ label: 'Home', path: '/' },
	{ label: 'Roles', path: '/roles/', indexLabel: 'All roles', collection: 'roles' },
	{ label: 'Guides', directory: 'guides' },
	{ label: 'Reference', links: [{ label: 'Glossary', path: '/glossary/' }] },
];

test('turns each kind of section into the sidebar item Starlight expects', () => {
	expect(sidebarConfig(sections)).toEqual([
		{ label: 'Home', link: '/' },
		{ label: 'Roles', items: [{ label: 'All roles', link: '/roles/' }] },
		{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
		{ label: 'Reference', items: [{ label: 'Glossary', link: '/glossary/' }] },
	]);
});

test('lists the sections that list a collection, for the sidebar’s entries and breadcrumbs', () => {
	expect(collectionSections(sections)).toEqual([
		{ label: 'Roles', path: '/roles/', collection: 'roles' },
	]);
});

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
