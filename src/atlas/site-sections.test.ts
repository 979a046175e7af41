import { expect, test } from 'vitest';
import { type SiteSection, collectionSections, sidebarConfig } from './site-sections';

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
