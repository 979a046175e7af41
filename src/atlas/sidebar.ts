import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { LinkItem } from './sections';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Whether an entry is, or contains, the page being rendered. */
function containsCurrent(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/**
 * The most entries a sidebar group lists. Every page carries the whole sidebar, so a sidebar that
 * listed every entry would make each page grow with the content and the whole site grow with its
 * square (measured by `npm run bench:scale`). Above this, a group links only to its index page,
 * which lists every entry.
 */
export const SIDEBAR_GROUP_LIMIT = 60;

/**
 * Fills the sidebar's collection groups ("Roles", "Pathways"…) with a link per entry, so the
 * sidebar is derived from the collections like every other list. Each group is collapsed unless it
 * holds the current page. A group with more entries than `limit` keeps only its own links (the
 * index page).
 */
export function withCollectionLinks(
	sidebar: readonly SidebarEntry[],
	linksByGroup: Readonly<Record<string, readonly LinkItem[]>>,
	currentPath: string,
	limit = SIDEBAR_GROUP_LIMIT,
): SidebarEntry[] {
	return sidebar.map((entry) => {
		const all = entry.type === 'group' ? linksByGroup[entry.label] : undefined;
		const links = all && all.length <= limit ? all : [];
		if (entry.type !== 'group' || all === undefined) return entry;
		const entries: SidebarEntry[] = [
			...entry.entries,
			...links.map((link): SidebarEntry => ({
				type: 'link',
				label: link.title,
				href: link.href,
				isCurrent: link.href === currentPath,
				badge: undefined,
				attrs: {},
			})),
		];
		const group = { ...entry, entries };
		return { ...group, collapsed: !containsCurrent(group) };
	});
}
