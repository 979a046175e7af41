import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { SITE_SECTIONS, type SiteSection } from '../atlas/site-sections';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** A link in the site's navigation, marked when it is the page being read. */
export interface NavLink {
	label: string;
	href: string;
	current: boolean;
}

/**
 * A top-level item of the navigation: a link, or a section with no page of its own (the guides)
 * as a named group of its pages.
 */
export type NavItem =
	({ type: 'link' } & NavLink) | { type: 'group'; label: string; links: NavLink[] };

/** The links of a sidebar group, however deep, in order. */
function linksOf(entries: readonly SidebarEntry[]): NavLink[] {
	return entries.flatMap((entry) =>
		entry.type === 'link'
			? [{ label: entry.label, href: entry.href, current: entry.isCurrent }]
			: linksOf(entry.entries),
	);
}

/**
 * The navigation for pages without the sidebar (the home page, the 404 page): every top-level
 * section, from the same typed list as the sidebar, so a new section appears here too. A section
 * with a page is a link, followed by its further links ("Compare roles"); a section that is a
 * folder of guides lists the pages the sidebar lists for it. The section the site title already
 * links to (`home`) is left out.
 */
export function siteNavigation(
	sidebar: readonly SidebarEntry[],
	currentPath: string,
	home: string,
	sections: readonly SiteSection[] = SITE_SECTIONS,
): NavItem[] {
	const link = (label: string, href: string): NavItem => ({
		type: 'link',
		label,
		href,
		current: href === currentPath,
	});
	return sections.flatMap((section): NavItem[] => {
		if (section.path !== undefined) {
			if (section.path === home) return [];
			const further = (section.links ?? []).map(({ label, path }) => link(label, path));
			return [link(section.label, section.path), ...further];
		}
		if (section.directory === undefined && section.links !== undefined) {
			const links = section.links.map(({ label, path }) => ({
				label,
				href: path,
				current: path === currentPath,
			}));
			return [{ type: 'group', label: section.label, links }];
		}
		const group = sidebar.find((entry) => entry.type === 'group' && entry.label === section.label);
		const links = group?.type === 'group' ? linksOf(group.entries) : [];
		return links.length > 0 ? [{ type: 'group', label: section.label, links }] : [];
	});
}
