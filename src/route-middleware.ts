import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadAtlas } from './data/atlas';
import { caseStudyItem, exerciseItem, pathwayItem, roleItem } from './utils/items';
import { withCollectionLinks } from './utils/sidebar';

/** Adds every role, pathway, case study and exercise to the sidebar of every page. */
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
});
