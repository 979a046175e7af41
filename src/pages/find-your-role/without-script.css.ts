import type { APIRoute } from 'astro';
import { loadRecommender } from '../../recommender/collections';
import { quickMatchCss } from '../../recommender/without-script';

/**
 * The stylesheet the role finder loads only without JavaScript (from a `<noscript>`), generated
 * from the recommender's data so it follows every background and interest added to it.
 */
export const GET: APIRoute = async () =>
	new Response(quickMatchCss(await loadRecommender()), {
		headers: { 'Content-Type': 'text/css; charset=utf-8' },
	});
