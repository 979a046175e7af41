import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, dist, documentOf } from './built-site';
import { pageWeight } from './page-weight';

/**
 * Offline reading and installing, on the built site: the worker precaches files that exist and
 * what every page loads (so a first visit downloads nothing more for it), every page registers it
 * and links the manifest, and the manifest's icons are there at their sizes.
 */
const pages = builtPages();
const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = JSON.parse(/precache\((\[[^\]]*\])\)/.exec(worker)?.[1] ?? 'null') as {
	url: string;
	revision: string | null;
}[];
const origin = 'https://atlas.test';

describe('/sw.js', () => {
	test('precaches only files that the build wrote, and no page', () => {
		expect(precached.length).toBeGreaterThan(0);
		for (const { url } of precached) {
			expect(existsSync(join(dist, url)), url).toBe(true);
			expect(url).not.toMatch(/(\/|\.html)$/);
		}
	});

	test('precaches exactly the stylesheets and scripts that every page loads, and the favicon', () => {
		const loaded = pages.map((page) => new Set(pageWeight(page, origin).files));
		const everywhere = [...(loaded[0] ?? [])].filter((file) => loaded.every((set) => set.has(file)));
		const precachedFiles = precached.map(({ url }) => url).filter((url) => url !== '/favicon.svg');
		// Print stylesheets are kept as well, so a page prints offline; pageWeight leaves them out.
		expect(precachedFiles.filter((url) => !url.includes('print'))).toEqual(everywhere.sort());
	}, 120_000);

	test('gives a revision to every file whose name does not change with its content', () => {
		for (const { url, revision } of precached)
			expect(revision === null, url).toBe(url.startsWith('/_astro/'));
	});

	test('carries the version its caches are named with', () => {
		expect(worker).toMatch(/const VERSION = "[0-9a-f]{12}";/);
	});
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
	const document = documentOf(page);

	test('registers the service worker once it has loaded', () => {
		const site = 'https://atlas.test';
		const modules = document.querySelectorAll('script[type="module"]').map((script) => {
			const src = script.getAttribute('src');
			const url = new URL(src ?? page.path, site);
			return { url, code: src ? readFileSync(join(dist, url.pathname), 'utf8') : script.rawText };
		});
		const loadedLater = modules.flatMap(({ url, code }) =>
			[...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) =>
				readFileSync(join(dist, new URL(match[1] ?? '', url).pathname), 'utf8'),
			),
		);
		expect(loadedLater.join('\n')).toMatch(/["'`]\/sw\.js["'`]/);
	});

	test('links the web app manifest', () => {
		expect(document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
			'/manifest.webmanifest',
		);
	});
});

describe('/manifest.webmanifest', () => {
	const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
		icons: { src: string; sizes: string }[];
	};

	test.each(manifest.icons.map((icon) => [icon.src, icon] as const))(
		'%s is a PNG of the size it claims',
		(src, icon) => {
			const png = readFileSync(join(dist, src));
			const width = png.readUInt32BE(16);
			const height = png.readUInt32BE(20);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(`${width}x${height}`).toBe(icon.sizes);
		},
	);
});
