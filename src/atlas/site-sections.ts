/**
 * The site's top-level sections, in sidebar order: one typed list that `astro.config.mjs` turns
 * into Starlight's sidebar, the route middleware fills with each collection's entries, and the
 * breadcrumbs name. Renaming a label here renames it everywhere, so no group can silently lose its
 * entries. Plain data with no Astro imports, because the config file loads it before Astro runs.
 */

/** The site's name, as Starlight shows it; pages read it from `route.siteTitle`. */
export const SITE_TITLE = 'AI Career Atlas';

/** What the site is for, in one sentence: Starlight's description and the web app manifest's. */
export const SITE_DESCRIPTION =
	'Find, understand and move into AI roles: role guides, transition pathways, case studies and exercises.';

/** Collections whose entries are listed in the sidebar under their section. */
export type SectionCollection = 'roles' | 'pathways' | 'backgrounds' | 'caseStudies' | 'exercises';

/**
 * One section: a single link, a group whose index page lists a collection or a folder of guides,
 * or a group of links with no index page of its own (`links` without `path`).
 */
export interface SiteSection {
	/** The label readers see in the sidebar and the breadcrumbs. */
	label: string;
	/** The section's own page (an index page for a collection). */
	path?: string;
	/** The label of the index link inside a group ("All roles"). */
	indexLabel?: string;
	/** The collection whose entries the middleware lists under this group. */
	collection?: SectionCollection;
	/** Further links shown in the group after its index ("Compare roles"). */
	links?: readonly { label: string; path: string }[];
	/** A docs folder whose pages Starlight lists under this group. */
	directory?: string;
}

/** Every section, in order. */
export const SITE_SECTIONS: readonly SiteSection[] = [
	{ label: 'Home', path: '/' },
	{ label: 'Find your role', path: '/find-your-role/' },
	{
		label: 'Roles',
		path: '/roles/',
		indexLabel: 'All roles',
		collection: 'roles',
		links: [{ label: 'Compare roles', path: '/compare/' }],
	},
	{ label: 'Pathways', path: '/pathways/', indexLabel: 'All pathways', collection: 'pathways' },
	{
		label: 'Starting points',
		path: '/from/',
		indexLabel: 'All starting points',
		collection: 'backgrounds',
	},
	{
		label: 'Case studies',
		path: '/case-studies/',
		indexLabel: 'All case studies',
		collection: 'caseStudies',
	},
	{ label: 'Exercises', path: '/exercises/', indexLabel: 'All exercises', collection: 'exercises' },
	{ label: 'My progress', path: '/progress/' },
	{ label: 'Guides', directory: 'guides' },
	{
		label: 'Reference',
		links: [
			{ label: 'Questions and answers', path: '/faq/' },
			{ label: 'Glossary', path: '/glossary/' },
			{ label: 'Resources', path: '/resources/' },
		],
	},
];

/** A sidebar item in the shape Starlight's `sidebar` option takes. */
export type SidebarConfigItem =
	| { label: string; link: string }
	| {
			label: string;
			items: ({ label: string; link: string } | { autogenerate: { directory: string } })[];
	  };

/** Starlight's `sidebar` option, built from the sections. */
export function sidebarConfig(
	sections: readonly SiteSection[] = SITE_SECTIONS,
): SidebarConfigItem[] {
	return sections.map((section) => {
		if (section.directory !== undefined)
			return { label: section.label, items: [{ autogenerate: { directory: section.directory } }] };
		const links = (section.links ?? []).map(({ label, path }) => ({ label, link: path }));
		if (section.path === undefined) return { label: section.label, items: links };
		if (section.indexLabel === undefined) return { label: section.label, link: section.path };
		return {
			label: section.label,
			items: [{ label: section.indexLabel, link: section.path }, ...links],
		};
	});
}

/** The sections that list a collection, with the collection each one lists. */
export function collectionSections(
	sections: readonly SiteSection[] = SITE_SECTIONS,
): { label: string; path: string; collection: SectionCollection }[] {
	return sections.flatMap(({ label, path, collection }) =>
		collection !== undefined && path !== undefined ? [{ label, path, collection }] : [],
	);
}

/** The sections that list a folder of docs pages (the guides), with the folder each one lists. */
export function folderSections(
	sections: readonly SiteSection[] = SITE_SECTIONS,
): { label: string; directory: string }[] {
	return sections.flatMap(({ label, directory }) =>
		directory !== undefined ? [{ label, directory }] : [],
	);
}
