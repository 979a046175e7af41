import { readFileSync } from 'node:fs';

/**
 * The `<head>` entry that states the order of the site's cascade layers before any stylesheet, as
 * Starlight's `head` option takes it. Layers rank in the order a page first meets them, and Astro
 * inlines small stylesheets (a capability's, such as progress's) ahead of the site's main one
 * without their `@layer` order statement, so without this the site's layers could rank below
 * Starlight's and lose to its Markdown spacing. The order itself lives in `layers.css` alone.
 */
export function layerOrderStyle(file = new URL('../styles/layers.css', import.meta.url)) {
	const statement = readFileSync(file, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.trim();
	return { tag: 'style', content: statement } as const;
}
