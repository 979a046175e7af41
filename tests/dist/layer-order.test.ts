import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, dist, documentOf } from './built-site';

/**
 * Cascade layers rank in the order a page first meets them. The site's layers (`atlas.…`) must
 * rank after Starlight's on every page, or Starlight's Markdown spacing wins over the site's rules
 * (it once did wherever a capability's small stylesheet was inlined first, and the exercises
 * index shifted as its script ran).
 */
const LAYER = /@layer\s+([\w.\-\s,]+?)\s*[;{]/g;

const stylesheets = new Map<string, string>();

/** A stylesheet of the build, read once however many pages link it. */
function stylesheet(href: string): string {
	let css = stylesheets.get(href);
	if (css === undefined) {
		css = readFileSync(join(dist, href), 'utf8');
		stylesheets.set(href, css);
	}
	return css;
}

/** Top-level layer names in the order the page's stylesheets first name them. */
function layerOrder(page: BuiltPage): string[] {
	const order: string[] = [];
	for (const element of documentOf(page).querySelectorAll('style, link[rel="stylesheet"]')) {
		const href = element.getAttribute('href');
		const css = href ? stylesheet(href) : element.textContent;
		for (const [, names = ''] of css.matchAll(LAYER)) {
			for (const name of names.split(',')) {
				const top = name.trim().split('.')[0] ?? '';
				if (top && !order.includes(top)) order.push(top);
			}
		}
	}
	return order;
}

describe('cascade layers', () => {
	test.each(builtPages().map((page) => [page.path, page] as const))(
		'%s ranks the site’s layers after Starlight’s',
		(_, page) => {
			const order = layerOrder(page);
			expect(order.indexOf('starlight')).toBeGreaterThanOrEqual(0);
			expect(order.indexOf('atlas')).toBeGreaterThan(order.indexOf('starlight'));
		},
	);
});
