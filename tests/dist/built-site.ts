import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Where `astro build` wrote the site: `dist/`, or `ATLAS_DIST` when testing another build. */
export const dist = resolve(import.meta.dirname, '../..', process.env['ATLAS_DIST'] ?? 'dist');

/** One built page: its URL path and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** Every HTML page in `dist/`, with the URL path it is served at. */
export function builtPages(): BuiltPage[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	);
	return files
		.map((file) => ({
			path: `/${relative('.', file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/'),
			html: readFileSync(join(dist, file), 'utf8'),
		}))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The readable text of a page's main content: what Pagefind indexes and readers read. */
export function mainText(html: string): string {
	const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
	return main
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}
