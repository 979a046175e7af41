import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type BuiltPages, afterBuild } from '../build/after-build.ts';
import { cacheKey, cachedFile, packageVersion } from '../build/file-cache.ts';
import { ICON_SIZES, MANIFEST_PATH, SERVICE_WORKER_PATH, iconPath } from './files.ts';
import {
	type PrecacheEntry,
	serviceWorker,
	shortHash,
	workboxRuntime,
} from './service-worker-build.ts';
import { shellAssets } from './shell.ts';
import { type ManifestSite, webManifest } from './web-manifest.ts';

/** The site's icon, in `public/`, that the app icons are drawn from. */
const FAVICON = 'favicon.svg';

/** Hashed build output: a new version of such a file has a new name, so it needs no revision. */
const HASHED = /^\/_astro\//;

/** The app icon at one size: the favicon on a white square with a margin, as a PNG. */
async function drawIcon(svg: Buffer, size: number): Promise<Uint8Array<ArrayBuffer>> {
	// Required here, not imported at the top: a build whose icons are cached never loads sharp.
	const sharp = createRequire(import.meta.url)('sharp') as typeof import('sharp').default;
	const inner = Math.round(size * 0.8);
	const mark = await sharp(svg, { density: 72 * (inner / 32) })
		.resize(inner, inner)
		.toBuffer();
	const png = await sharp({
		create: { width: size, height: size, channels: 4, background: '#ffffff' },
	})
		.composite([{ input: mark, gravity: 'centre' }])
		.png()
		.toBuffer();
	return new Uint8Array(png);
}

/** The URL path of a page file in the build folder (`roles/x/index.html` → `/roles/x/`). */
const pathOf = (file: string) =>
	`/${file
		.split('\\')
		.join('/')
		.replace(/index\.html$/, '')}`;

/** Writes a file in the build folder, creating its folder. */
async function writeOut(root: string, path: string, content: string | Uint8Array): Promise<void> {
	const file = join(root, path);
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, content);
}

/** The favicon's bytes, or undefined when the site has none. */
async function readFavicon(publicDir: URL | undefined): Promise<Buffer | undefined> {
	try {
		return await readFile(fileURLToPath(new URL(FAVICON, publicDir)));
	} catch {
		return undefined;
	}
}

/** Writes the manifest, and the icons drawn from the favicon (cached like preview images). */
async function writeInstallFiles(
	root: string,
	site: ManifestSite,
	favicon: Buffer | undefined,
	cacheDir: URL | undefined,
): Promise<void> {
	await writeOut(root, MANIFEST_PATH, webManifest(site, favicon ? ICON_SIZES : []));
	if (!favicon) return;
	const iconCache = cacheDir && fileURLToPath(new URL('atlas-icons/', cacheDir));
	for (const size of ICON_SIZES) {
		const key = cacheKey([favicon, String(size), packageVersion('sharp')]);
		await writeOut(
			root,
			iconPath(size),
			await cachedFile(iconCache, `${key}.png`, () => drawIcon(favicon, size)),
		);
	}
}

/** Writes `/sw.js`, precaching the shell every page loads and the favicon; returns their count. */
async function writeServiceWorker(
	root: string,
	built: BuiltPages,
	favicon: Buffer | undefined,
): Promise<number> {
	const files = await built.files();
	const pages = new Map(
		await Promise.all(files.map(async (file) => [pathOf(file), await built.html(file)] as const)),
	);
	const inBuild = (path: string) => readFileSync(join(root, path));
	const manifest: PrecacheEntry[] = [
		...shellAssets(pages, (path) => inBuild(path).toString('utf8')).map((url) => ({
			url,
			revision: HASHED.test(url) ? null : shortHash(inBuild(url)),
		})),
		// Every page shows the favicon; the manifest and icons load only to install the site.
		...(favicon ? [{ url: `/${FAVICON}`, revision: shortHash(favicon) }] : []),
	];
	const source = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
	await writeOut(root, SERVICE_WORKER_PATH, serviceWorker(workboxRuntime(), source, manifest));
	return manifest.length;
}

/**
 * Makes the built site readable offline and installable, after the build: writes the web app
 * manifest and its icons, works out the shell every page loads (`shell.ts`) and writes `/sw.js`
 * (`service-worker.js` on Workbox's runtime) to precache it. Pages register the worker through
 * the footer (`Footer.astro`); the `<head>` links the manifest (`manifestLink`). A site without
 * `public/favicon.svg` still works offline, but has no icons, so browsers do not offer to install it.
 */
export function offlineIntegration(site: ManifestSite): AstroIntegration {
	let cacheDir: URL | undefined;
	let publicDir: URL | undefined;
	return {
		name: 'atlas:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
				publicDir = config.publicDir;
			},
			// Reads the finished pages and writes only its own files, so it runs beside Pagefind.
			...afterBuild('atlas:offline', async (root, logger, built) => {
				const favicon = await readFavicon(publicDir);
				if (!favicon) logger.warn(`No public/${FAVICON}: the site gets no app icons.`);
				await writeInstallFiles(root, site, favicon, cacheDir);
				const count = await writeServiceWorker(root, built, favicon);
				logger.info(
					`Wrote ${SERVICE_WORKER_PATH}, precaching ${count} files, and ${MANIFEST_PATH}.`,
				);
			}).hooks,
		},
	};
}
