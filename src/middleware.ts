import { defineMiddleware } from 'astro:middleware';
import { loadAtlas } from './atlas/collections';
import { type FirstUseLinker, firstUseLinker } from './glossary/first-use-pages';

let linker: Promise<FirstUseLinker> | undefined;

/**
 * Runs on every page as it is built. On role and pathway pages it links the first use of each
 * glossary term to the term's entry, after the page is rendered, so the links follow the terms
 * collection (a new term is one file) and cover every part of the page, whichever component
 * renders it. Other pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	linker ??= loadAtlas().then(firstUseLinker);
	const { pages, link } = await linker;
	if (!pages.has(context.url.pathname)) return response;
	return new Response(link(await response.text()), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
