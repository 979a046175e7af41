import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { type BuiltPage, dist, documentOf } from './built-site.ts';

/** Every attribute of a built page that points at another resource, by the elements that hold it. */
const SOURCES: readonly (readonly [selector: string, attribute: string])[] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]:not([rel="canonical"])', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['iframe[src]', 'src'],
	['embed[src]', 'src'],
	['object[data]', 'data'],
	['form[action]', 'action'],
	['use[href]', 'href'],
	['img[srcset]', 'srcset'],
	['source[srcset]', 'srcset'],
];

/** One link found on a built page: where it was, what it said, and the URL it resolves to. */
export interface FoundLink {
	page: string;
	raw: string;
	url: URL;
}

/** The public origin the site was built for, read from a page's canonical link. */
export function siteOrigin(pages: readonly BuiltPage[]): string {
	for (const page of pages) {
		const href = documentOf(page).querySelector('link[rel="canonical"]')?.getAttribute('href');
		if (href) return new URL(href).origin;
	}
	throw new Error('no built page has a canonical link, so the site origin is unknown');
}

/** The URLs in a `srcset` ("a.png 1x, b.png 2x"). */
const srcsetUrls = (value: string) =>
	value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);

/**
 * Every link and resource reference on a page, resolved against the page's own URL on the site's
 * origin. `mailto:` and `tel:` links are left out: they leave the browser, not the site. A page
 * that is not a folder's `index.html` (the 404 page, `404.html`) resolves against its file name,
 * so its `#top` links point at itself.
 */
export function linksOf(page: BuiltPage, origin: string): FoundLink[] {
	const document: HTMLElement = documentOf(page);
	const self = page.file.endsWith('index.html') ? page.path : `/${page.file}`;
	const base = new URL(self, origin);
	return SOURCES.flatMap(([selector, attribute]) =>
		document.querySelectorAll(selector).flatMap((element) => {
			const value = element.getAttribute(attribute) ?? '';
			return attribute === 'srcset' ? srcsetUrls(value) : [value];
		}),
	)
		.filter((raw) => !/^(mailto|tel):/i.test(raw))
		.map((raw) => ({ page: page.path, raw, url: new URL(raw, base) }));
}

/** Whether a link stays on the site. */
export const isInternal = (link: FoundLink, origin: string) => link.url.origin === origin;

/** Whether a link leaves the site for the web (http or https on another origin). */
export const isExternal = (link: FoundLink, origin: string) =>
	!isInternal(link, origin) && /^https?:$/.test(link.url.protocol);

/**
 * The file in `dist/` (or another build folder) an internal URL is served from, or `undefined`
 * when none is. The site uses
 * trailing slashes, so a page is `/path/` served from `path/index.html`; `/roles` without its
 * slash counts as broken, because hosts disagree on whether to redirect it.
 */
export function fileFor(url: URL, root = dist): string | undefined {
	const path = decodeURIComponent(url.pathname);
	const file = path.endsWith('/') ? join(root, path, 'index.html') : join(root, path);
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const idsByFile = new Map<string, Set<string>>();

/** Every `id` (and legacy `<a name>`) a built HTML file offers as a fragment target. */
export function anchorsIn(file: string): Set<string> {
	let ids = idsByFile.get(file);
	if (!ids) {
		const targets = parse(readFileSync(file, 'utf8')).querySelectorAll('[id], a[name]');
		ids = new Set(targets.map((element) => element.id || (element.getAttribute('name') ?? '')));
		idsByFile.set(file, ids);
	}
	return ids;
}

/**
 * Whether a fragment carries page state (`#background=academia&years=5`, the recommender's saved
 * answers) rather than naming an element: it is made of `key=value` pairs.
 */
export const isStateFragment = (fragment: string) =>
	/^[^=&]+=[^&]*(&[^=&]+=[^&]*)*$/.test(fragment);

/**
 * What is wrong with an internal link, or `undefined` when nothing is: the file it points at is
 * missing, or the `#fragment` names no element of that page. State fragments are not anchors.
 */
export function brokenReason(link: FoundLink): string | undefined {
	const file = fileFor(link.url);
	if (!file) return `no file for ${link.url.pathname}`;
	const fragment = decodeURIComponent(link.url.hash.slice(1));
	if (fragment === '' || isStateFragment(fragment) || !file.endsWith('.html')) return undefined;
	return anchorsIn(file).has(fragment) ? undefined : `no #${fragment} on ${link.url.pathname}`;
}
