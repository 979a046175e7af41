import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { type BuiltPage, type PageKind, dist, documentOf, pageKind } from './built-site.ts';
import { fileFor } from './links.ts';
import { staticImports } from '../../src/offline/shell.ts';

/** What a page costs a reader on load, gzipped, and which files it loads. */
export interface PageWeight {
	/** The page's HTML, inline scripts and styles included. */
	html: number;
	/**
	 * The page's fixed weight: its HTML without what grows with its text or with the site's page
	 * count, which a default Starlight page with the same text on a site with the same pages
	 * carries alike (see {@link fixedHtml}).
	 */
	fixedHtml: number;
	/** Every stylesheet the page applies on load (print styles excluded), with their `@import`s. */
	css: number;
	/** Every script the page runs on load, with the modules they import statically. */
	js: number;
	/** The CSS and JS files counted, as site paths. */
	files: string[];
	/** The islands (`atlas-…` custom elements) the page's scripts define. */
	islandsDefined: string[];
	/** The `atlas-…` elements the page contains. */
	islandsUsed: string[];
	/**
	 * The `atlas-…` elements in the page's own content, outside the header every page shares (the
	 * header's search loads its code only when a reader opens it).
	 */
	contentIslands: string[];
}

/**
 * A page's HTML without the parts that grow with content: the text in `<main>`, the table of
 * contents listing its headings, the sidebar's list of the site's pages, and the JSON-LD that
 * restates the page's data. Inline `<style>` elements are left out too: they are stylesheets Astro
 * chose to inline, counted as CSS (see {@link pageWeight}). What is left is the weight every page
 * carries whatever it says: head, scripts, header, the policy, the empty frames.
 */
export function fixedHtml(html: string): string {
	const document = parse(html, { comment: false });
	const emptied = [
		'main',
		'#starlight__sidebar ul.top-level',
		'starlight-toc nav > ul',
		'mobile-starlight-toc nav ul',
	];
	for (const element of document.querySelectorAll(emptied.join(', '))) element.set_content('');
	for (const element of document.querySelectorAll('script[type="application/ld+json"], style'))
		element.remove();
	return document.toString();
}

/** Custom elements with the islands' `atlas-` prefix that a script defines. */
const definedIslands = (code: string) =>
	[...code.matchAll(/customElements\.define\(\s*["'`](atlas-[a-z0-9-]+)["'`]/g)].map(
		(match) => match[1] ?? '',
	);

/** Gzipped size in bytes, at zlib's default level, the one most web servers use. */
export const gzipSize = (content: string | Buffer) => gzipSync(content).length;

/** `@import` targets of a stylesheet. */
const cssImports = (css: string) =>
	[...css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((match) => match[1] ?? '');

/**
 * Reads site files and everything they import, once each, keeping their code by path: what a
 * page downloads for them.
 */
function closure(
	entries: readonly URL[],
	importsOf: (code: string) => string[],
	loaded: Map<string, string>,
	root: string,
): Map<string, string> {
	for (const url of entries) {
		if (loaded.has(url.pathname)) continue;
		const file = fileFor(url, root);
		if (!file) throw new Error(`${url.pathname} is loaded by a page but missing from ${root}`);
		const code = readFileSync(file, 'utf8');
		loaded.set(url.pathname, code);
		closure(
			importsOf(code).map((specifier) => new URL(specifier, url)),
			importsOf,
			loaded,
			root,
		);
	}
	return loaded;
}

const gzipTotal = (files: Map<string, string>) =>
	[...files.values()].reduce((total, code) => total + gzipSize(code), 0);

/**
 * The weight of a page on load: its HTML, its stylesheets and the scripts it runs, each file
 * counted once per page, gzipped. Only files of the site count; the page makes no other request
 * (tests/e2e/requests.spec.ts). `root` is the build folder, `dist/` unless the benchmark measures
 * its baseline.
 */
export function pageWeight(page: BuiltPage, origin: string, root = dist): PageWeight {
	const document = documentOf(page);
	const base = new URL(page.path, origin);
	const sameSite = (href: string) => new URL(href, base);
	const styles = document
		.querySelectorAll('link[rel~="stylesheet"][href]')
		.filter((link) => (link.getAttribute('media') ?? 'all') !== 'print')
		.map((link) => sameSite(link.getAttribute('href') ?? ''));
	const scripts = [
		...document
			.querySelectorAll('script[src]')
			.map((script) => sameSite(script.getAttribute('src') ?? '')),
		...document
			.querySelectorAll('link[rel="modulepreload"][href]')
			.map((link) => sameSite(link.getAttribute('href') ?? '')),
	];
	const inlineModules = document
		.querySelectorAll('script[type="module"]:not([src])')
		.flatMap((script) => staticImports(script.rawText).map(sameSite));
	const css = closure(styles, cssImports, new Map(), root);
	const js = closure([...scripts, ...inlineModules], staticImports, new Map(), root);
	const inlineCode = document.querySelectorAll('script:not([src])').map((s) => s.rawText);
	const inlineStyles = document.querySelectorAll('style').map((style) => style.rawText);
	const elements = document.querySelectorAll('*');
	const islandsAmong = (list: typeof elements) => [
		...new Set(
			list
				.map((element) => element.rawTagName?.toLowerCase() ?? '')
				.filter((tag) => tag.startsWith('atlas-')),
		),
	];
	return {
		html: gzipSize(page.html),
		fixedHtml: gzipSize(fixedHtml(page.html)),
		css: gzipTotal(css) + (inlineStyles.length > 0 ? gzipSize(inlineStyles.join('')) : 0),
		js: gzipTotal(js),
		files: [...css.keys(), ...js.keys()].sort(),
		islandsDefined: [
			...new Set([...js.values(), ...inlineCode].flatMap(definedIslands)),
		].sort(),
		islandsUsed: islandsAmong(elements).sort(),
		contentIslands: islandsAmong(elements.filter((element) => !element.closest('header'))).sort(),
	};
}

/**
 * The kind of page a weight is judged as, by the budgets and the benchmark alike: its kind from
 * its path, or `island` when its content has an island. The header's search is on every page and
 * loads its code only when opened, so it makes no page an island page.
 */
export const budgetKind = (weight: PageWeight, path: string): PageKind | 'island' =>
	weight.contentIslands.length > 0 ? 'island' : pageKind(path);
