import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadAtlas } from './data/atlas';
import { caseStudyItem, exerciseItem, pathwayItem, roleItem } from './utils/items';
import { withCollectionLinks } from './utils/sidebar';
import { serialiseJsonLd, structuredData } from './utils/structured-data';

/**
 * Adds every role, pathway, case study and exercise to the sidebar of every page, and the page's
 * structured data (JSON-LD built from the collections) to its head.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const atlas = await loadAtlas();
	const route = context.locals.starlightRoute;
	route.sidebar = withCollectionLinks(
		route.sidebar,
		{
			Roles: atlas.roles.map(roleItem),
			Pathways: atlas.pathways.map((pathway) => pathwayItem(atlas, pathway)),
			'Case studies': atlas.caseStudies.map(caseStudyItem),
			Exercises: atlas.exercises.map(exerciseItem),
		},
		context.url.pathname,
	);
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
			content: serialiseJsonLd(block),
		});
	}
});
