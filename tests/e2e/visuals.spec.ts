import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();
const under = (prefix: string) => paths.filter((p) => p.startsWith(prefix) && p !== prefix);
const pathwayPaths = under('/pathways/');

test('the pathway map has one link per pathway', async ({ page }) => {
	await page.goto('/pathways/');
	const edges = page.getByRole('group', { name: 'Pathway map' }).getByRole('link');
	const hrefs = await edges.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect([...hrefs].sort()).toEqual([...pathwayPaths].sort());
});

test('every SVG a reader or screen reader meets has a title', async ({ page }) => {
	test.setTimeout(120_000);
	const untitled: string[] = [];
	for (const path of paths) {
		await page.goto(path);
		const missing = await page.locator('svg').evaluateAll((svgs) =>
			svgs
				.filter((svg) => !svg.closest('[aria-hidden="true"]'))
				.filter((svg) => {
					const title = svg.querySelector(':scope > title')?.textContent?.trim();
					const labelled = (svg.getAttribute('aria-labelledby') ?? '')
						.split(' ')
						.filter(Boolean)
						.every((id) => document.getElementById(id)?.textContent?.trim());
					const described =
						svg.getAttribute('role') !== 'img' || svg.querySelector(':scope > desc');
					return !title || !labelled || !described;
				})
				.map((svg) => svg.outerHTML.slice(0, 80)),
		);
		untitled.push(...missing.map((svg) => `${path}: ${svg}`));
	}
	expect(untitled).toEqual([]);
});

/** Every script a page loads or holds, as text; JSON data blocks are data, not script. */
async function scripts(request: APIRequestContext, path: string): Promise<Map<string, string>> {
	const html = await (await request.get(path)).text();
	const found = new Map<string, string>();
	for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
		const src = /src="([^"]+)"/.exec(attrs)?.[1];
		found.set(src ?? `inline:${body}`, src ? await (await request.get(src)).text() : body);
	}
	return found;
}

test('chart pages ship no more script than a plain guide; the comparison adds under 2 KB', async ({
	request,
}) => {
	const extra = async (path: string, baseline = '/guides/about/') => {
		const plain = await scripts(request, baseline);
		return [...(await scripts(request, path))]
			.filter(([key]) => !plain.has(key))
			.map(([, text]) => text);
	};
	for (const path of [
		'/roles/ml-engineer/',
		'/guides/how-ai-roles-evolved/',
		'/guides/how-ai-teams-are-structured/',
		'/case-studies/ml-engineer-to-ai-product-manager/',
	]) {
		expect(await extra(path), path).toEqual([]);
	}
	// The pathways index carries the reader's progress lines, like the exercises index: measured
	// against that page, the map adds no script.
	expect(await extra('/pathways/', '/exercises/')).toEqual([]);
	const compare = await extra('/compare/');
	expect(compare).toHaveLength(1);
	expect(gzipSync(compare.join('')).length).toBeLessThan(2048);
});

test('role and pathway pages name a preview image that was built', async ({ page, request }) => {
	for (const path of [under('/roles/')[0], pathwayPaths[0]]) {
		await page.goto(path ?? '/');
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		const response = await request.get(new URL(image ?? '').pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
	}
});
