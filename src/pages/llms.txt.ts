import type { APIRoute } from 'astro';
import { loadAtlas } from '../atlas/collections';
import { contentPages } from '../atlas/content-pages';
import { SITE_TITLE } from '../atlas/site-sections';
import { llmsTxt } from '../llms/llms-txt';

/**
 * `/llms.txt`: the site's index for AI assistants, every content page with its summary, built from
 * the collections. Its full-text companion is written after the build (`full-text-integration.ts`).
 */
export const GET: APIRoute = async ({ site, url }) => {
	const atlas = await loadAtlas();
	const home = atlas.docs.find((doc) => doc.id === 'index');
	const summary = {
		title: SITE_TITLE,
		description: home?.data.description ?? '',
		site: site ?? url,
	};
	return new Response(llmsTxt(summary, contentPages(atlas)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
