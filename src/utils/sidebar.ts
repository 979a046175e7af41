import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { LinkItem } from './sections';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Whether an entry is, or contains, the page being rendered. */
function containsCurrent(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/**
 * Fills the sidebar's collection groups ("Roles", "Pathways"…) with a link per entry, so the
 * sidebar is derived from the collections like every other list. Each group is collapsed unless it
 * holds the current page.
 */
export function withCollectionLinks(
	sidebar: readonly SidebarEntry[],
	linksByGroup: Readonly<Record<string, readonly LinkItem[]>>,
	currentPath: string,
): SidebarEntry[] {
	return sidebar.map((entry) => {
		const links = entry.type === 'group' ? linksByGroup[entry.label] : undefined;
		if (entry.type !== 'group' || links === undefined) return entry;
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
