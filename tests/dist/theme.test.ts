import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, dist, documentOf } from './built-site';
import { siteOrigin } from './links';
import { pageWeight } from './page-weight';
import { SYSTEM_LIGHT, unsetRootSelector } from '../../src/build/no-script-theme';

/**
 * Without script every page follows the system's light or dark setting: for each rule that styles
 * the light theme in a stylesheet a page applies (Starlight's, its components', the site's), the
 * build has added the copy that applies before any script has marked the page.
 */
const pages = builtPages();
const origin = siteOrigin(pages);

/** Every stylesheet some page applies on load, linked or inline, once each. */
const stylesheets = new Map<string, string>();
for (const page of pages) {
	for (const file of pageWeight(page, origin).files.filter((path) => path.endsWith('.css')))
		stylesheets.set(file, readFileSync(join(dist, file), 'utf8'));
	documentOf(page)
		.querySelectorAll('style')
		.forEach((style, index) => stylesheets.set(`${page.path} <style> ${index}`, style.rawText));
}

/** The selector lists in a minified stylesheet that style the light theme. */
const lightSelectors = (css: string) =>
	[...css.matchAll(/(?<=[{};]|^)([^{};@]*\[data-theme=["']?light["']?\][^{};]*)\{/g)].map(
		(match) => match[1] ?? '',
	);

describe('pages follow the system theme without script', () => {
	test('the site applies light-theme rules at all, so the check below checks something', () => {
		const all = [...stylesheets.values()].flatMap(lightSelectors);
		expect(all.length).toBeGreaterThan(3);
	});

	test.each([...stylesheets.keys()])('%s has a no-script copy of each light-theme rule', (name) => {
		const css = stylesheets.get(name) ?? '';
		const missing = lightSelectors(css).filter(
			(selector) => !css.includes(`${unsetRootSelector(selector)}{`),
		);
		expect(missing).toEqual([]);
		if (lightSelectors(css).length > 0) expect(css).toContain(SYSTEM_LIGHT.replaceAll(' ', ''));
	});
});
