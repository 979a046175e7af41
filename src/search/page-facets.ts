import { getCollection } from 'astro:content';
import { loadAtlas } from '../atlas/collections';
import { type PageTags, facetsByPath, pageTags } from './facets';

let loading: Promise<Map<string, PageTags>> | undefined;

/**
 * The search tags of every page, by path, computed once per build from the collections.
 * Starlight docs pages other than the home page and the 404 page are the guides.
 */
export function loadSearchTags(): Promise<Map<string, PageTags>> {
	loading ??= (async () => {
		const atlas = await loadAtlas();
		const docs = await getCollection('docs');
		const guides = docs.map((doc) => doc.id).filter((id) => id !== 'index' && id !== '404');
		const facets = facetsByPath(atlas, guides);
		return new Map([...facets].map(([path, page]) => [path, pageTags(atlas, page)]));
	})();
	return loading;
}
