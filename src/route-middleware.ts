import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadAtlas } from './atlas/collections';
import { loadSearchTags } from './search/page-facets';
import {
	backgroundItem,
	caseStudyItem,
	exerciseItem,
	folderItems,
	pathwayItem,
	roleItem,
} from './atlas/items';
import { OG_SIZE } from './build/og/cards';
import { ogImagePath, ogImageTags } from './build/og/meta';
import { facetHead } from './search/facets';
import { withCollectionLinks } from './atlas/sidebar';
import { type LinkItem, NEXT_STEP_HEADING, SOURCES_HEADING } from './atlas/sections';
import { collectionSections, folderSections, type SectionCollection } from './atlas/site-sections';
import { structuredData } from './atlas/structured-data';
import { scriptJson } from './lib/script-json';
import { contentPages } from './atlas/content-pages';
import { pageDates } from './build/last-updated';
import type { Atlas } from './atlas/atlas';

/** What every page's additions are made from, worked out once per build from the collections. */
interface SiteParts {
	atlas: Atlas;
	/** Each sidebar group's links, by the group's label. */
	linksByGroup: Record<string, LinkItem[]>;
	/** The ids of the roles and pathways, which have preview images. */
	withImages: Parameters<typeof ogImagePath>[1];
	/** Each content page's last-changed date (see `last-updated.ts`). */
	lastChanged: Map<string, Date>;
}

let siteParts: Promise<SiteParts> | undefined;

/** The parts every page shares, made on the first page and reused by the rest. */
const loadSiteParts = () =>
	(siteParts ??= loadAtlas().then((atlas) => {
		const items: Record<SectionCollection, LinkItem[]> = {
			roles: atlas.roles.map(roleItem),
			pathways: atlas.pathways.map((pathway) => pathwayItem(atlas, pathway)),
			backgrounds: atlas.backgrounds.map((background) => backgroundItem(atlas, background)),
			caseStudies: atlas.caseStudies.map(caseStudyItem),
			exercises: atlas.exercises.map(exerciseItem),
		};
		return {
			atlas,
			linksByGroup: Object.fromEntries([
				...collectionSections().map(({ label, collection }) => [label, items[collection]]),
				...folderSections().map(({ label, directory }) => [
					label,
					folderItems(atlas.docs, directory),
				]),
			]),
			withImages: {
				roles: atlas.roles.map((role) => role.id),
				pathways: atlas.pathways.map((pathway) => pathway.id),
			},
			lastChanged: pageDates(contentPages(atlas), import.meta.env.ATLAS_LAST_COMMITS ?? {}),
		};
	}));

/**
 * Adds every role, pathway, starting point, case study, exercise and guide to the sidebar of
 * every page, their preview images to role and pathway pages, a guide's Sources box and next
 * step to its table of contents, the date each content page last changed (shown in the footer),
 * and to every page its search filters and result labels and its structured data (JSON-LD built
 * from the collections).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const { atlas, linksByGroup, withImages, lastChanged } = await loadSiteParts();
	const route = context.locals.starlightRoute;
	route.sidebar = withCollectionLinks(route.sidebar, linksByGroup, context.url.pathname);
	const image = ogImagePath(context.url.pathname, withImages);
	if (image) {
		const url = new URL(image, context.site ?? context.url).href;
		route.head.push(...ogImageTags(url, `${route.siteTitle}: ${route.entry.data.title}`, OG_SIZE));
	}
	// A guide's Sources box and next step (drawn by the MarkdownContent override) are not
	// Markdown headings.
	const { sources, nextStep } = route.entry.data;
	for (const { id, heading } of [
		...(sources ? [SOURCES_HEADING] : []),
		...(nextStep ? [NEXT_STEP_HEADING] : []),
	])
		route.toc?.items.push({ depth: 2, slug: id, text: heading, children: [] });
	route.lastUpdated = lastChanged.get(context.url.pathname);
	const tags = (await loadSearchTags()).get(context.url.pathname);
	if (tags) route.head.push(...facetHead(tags));
	const page = {
		pathname: context.url.pathname,
		title: route.entry.data.title,
		siteTitle: route.siteTitle,
		description: route.entry.data.description,
		site: context.site ?? context.url,
	};
	for (const block of structuredData(atlas, page)) {
		route.head.push({
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: scriptJson(block),
		});
	}
});
