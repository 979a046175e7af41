import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page path of the built site, read from the sitemap that Astro writes into `dist/`, so the
 * end-to-end suites cover every page without keeping a list of their own.
 */
export function sitemapPaths(dist = process.env['ATLAS_DIST'] ?? 'dist'): string[] {
	const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
	const urls = files.flatMap((file) =>
		[...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(match) => match[1] ?? '',
		),
	);
	return urls.map((url) => new URL(url).pathname).sort();
}
