import { describe, expect, test } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { SITE_SECTIONS, type SiteSection } from '../atlas/site-sections';
import { siteNavigation } from './site-nav';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const sidebarLink = (label: string, href: string): SidebarEntry => ({
	type: 'link',
	label,
	href,
	isCurrent: false,
	badge: undefined,
	attrs: {},
});

const guides: SidebarEntry = {
	type: 'group',
	label: 'Guides',
	collapsed: false,
	badge: undefined,
	entries: [
		sidebarLink('About this site', '/guides/about/'),
		sidebarLink('Interviews', '/guides/interviews/'),
	],
};

/** Only what the header reads: the sidebar's fields (an index label, a collection) play no part. */
const sections: SiteSection[] = [
	{ label: 'Home', path: '/' },
	{ label: 'Roles', path: '/roles/', links: [{ label: 'Compare roles', path: '/compare/' }] },
	{ label: 'My progress', path: '/progress/' },
	{ label: 'Guides', directory: 'guides' },
];

describe('siteNavigation', () => {
	test('links every section, its further links and the pages of a folder section, in order', () => {
		expect(siteNavigation([guides], '/', '/', sections)).toEqual([
			{ type: 'link', label: 'Roles', href: '/roles/', current: false },
			{ type: 'link', label: 'Compare roles', href: '/compare/', current: false },
			{ type: 'link', label: 'My progress', href: '/progress/', current: false },
			{
				type: 'group',
				label: 'Guides',
				links: [
					{ label: 'About this site', href: '/guides/about/', current: false },
					{ label: 'Interviews', href: '/guides/interviews/', current: false },
				],
			},
		]);
	});

	test('leaves out the section the site title links to, and marks the page being read', () => {
		const items = siteNavigation([guides], '/progress/', '/', sections);
		expect(items.map((item) => item.label)).not.toContain('Home');
		expect(items.find((item) => item.label === 'My progress')).toMatchObject({ current: true });
	});

	test('leaves out a folder section with no pages rather than showing an empty group', () => {
		expect(siteNavigation([], '/', '/', sections).map((item) => item.label)).toEqual([
			'Roles',
			'Compare roles',
			'My progress',
		]);
	});

	test('covers every section of the site but home', () => {
		const items = siteNavigation([guides], '/', '/');
		const labels = items.map((item) => item.label);
		for (const section of SITE_SECTIONS.filter((section) => section.path !== '/')) {
			expect(labels).toContain(section.label);
		}
	});
});
