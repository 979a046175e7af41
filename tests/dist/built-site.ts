import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { sitemapPaths } from '../e2e/sitemap.ts';

/** Where `astro build` wrote the site: `dist/`, or `ATLAS_DIST` when testing another build. */
export const dist = resolve(import.meta.dirname, '../..', process.env['ATLAS_DIST'] ?? 'dist');

/** Where the content collections live, one folder per collection. */
const content = resolve(import.meta.dirname, '../../content');

/** One built page: its URL path, its file in the build folder and its HTML. */
export interface BuiltPage {
	path: string;
	file: string;
	html: string;
}

/** The URL path a file in `dist/` is served at (`roles/x/index.html` → `/roles/x/`). */
export function pathOf(file: string): string {
	return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '/');
}

const pagesByRoot = new Map<string, BuiltPage[]>();

/**
 * Every HTML page of a build (`dist/` unless another folder is given, as the benchmark does for
 * its baseline), with the URL path it is served at, sorted by path.
 */
export function builtPages(root = dist): BuiltPage[] {
	let pages = pagesByRoot.get(root);
	if (!pages) {
		pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => ({ path: pathOf(file), file, html: readFileSync(join(root, file), 'utf8') }))
			.sort((a, b) => a.path.localeCompare(b.path));
		pagesByRoot.set(root, pages);
	}
	return pages;
}

const documents = new WeakMap<BuiltPage, HTMLElement>();

/** A page's parsed document, parsed once. */
export function documentOf(page: BuiltPage): HTMLElement {
	let document = documents.get(page);
	if (!document) {
		document = parse(page.html, { comment: false });
		documents.set(page, document);
	}
	return document;
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

/** The pages the sitemap lists: every page a reader or a crawler can reach. */
export function sitemapPages(): BuiltPage[] {
	const listed = new Set(sitemapPaths(dist));
	return builtPages().filter((page) => listed.has(page.path));
}

/**
 * The ids of a collection's entries, read from its folder under `content/` the way the loaders
 * read them (file name without extension; `_` drafts skipped), so tests cover every entry.
 */
export function entryIds(folder: string): string[] {
	const directory = join(content, folder);
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => /\.(md|mdx)$/.test(name) && !name.startsWith('_'))
		.map((name) => name.replace(/\.mdx?$/, ''))
		.sort();
}

/**
 * Kinds of page, for checks and budgets that differ by kind. Collection pages are recognised by
 * their section prefix; `index` is a collection's list page; `other` is anything else (the
 * recommender, search, comparison and progress pages, and any page added later).
 */
export type PageKind =
	| 'home'
	| 'role'
	| 'pathway'
	| 'case-study'
	| 'exercise'
	| 'guide'
	| 'index'
	| 'not-found'
	| 'other';

const SECTIONS: Readonly<Record<string, PageKind>> = {
	'/roles/': 'role',
	'/pathways/': 'pathway',
	'/case-studies/': 'case-study',
	'/exercises/': 'exercise',
	'/guides/': 'guide',
};

/** The kind of a page, from its path. */
export function pageKind(path: string): PageKind {
	if (path === '/') return 'home';
	if (path === '/404/') return 'not-found';
	if (SECTIONS[path]) return 'index';
	const section = /^\/[^/]+\//.exec(path)?.[0] ?? '';
	return SECTIONS[section] ?? 'other';
}
