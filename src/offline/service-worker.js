/*
 * The site's service worker. The build (`service-worker-build.ts`) writes it to `/sw.js` after
 * Workbox's own prebuilt modules (core, routing, strategies, precaching), which define the global
 * `workbox`, and fills in the shell to precache (at Workbox's usual injection point) and the
 * version, a hash of that shell and of this file. Plain JavaScript because it is served as it is,
 * in a worker's global scope, not bundled with the pages' TypeScript.
 *
 * - The shell (stylesheets and scripts every page loads) is precached by Workbox, revision by
 *   revision: a new build's files are fetched before it takes over and the old ones removed
 *   after, so a page never runs with half old, half new files.
 * - Pages are network-first, so a reader online always gets the newest build; each page a reader
 *   opens is kept for reading offline, with the scripts and styles it loads (cache-first: their
 *   names change with their content).
 * - Everything a build cached at run time is named with its version and deleted when a newer
 *   version takes over, pages and files together, so an old page never meets new files.
 * - A new version waits until the reader chooses "Reload" in the notice the page shows
 *   (`register.ts`), which sends SKIP_WAITING.
 */
const VERSION = 'ATLAS_VERSION';
const PREFIX = 'atlas-';
const PAGES = `${PREFIX}pages-${VERSION}`;
const FILES = `${PREFIX}files-${VERSION}`;

const { Router, Route } = workbox.routing;
const { NetworkFirst, CacheFirst } = workbox.strategies;
const { PrecacheController, PrecacheRoute } = workbox.precaching;

const shell = new PrecacheController({ cacheName: `${PREFIX}shell` });
shell.precache(self.__WB_MANIFEST);

const pages = new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 4 });
const files = new CacheFirst({ cacheName: FILES });

/** A page of the site: every page's address ends with a slash (`trailingSlash: 'always'`). */
const isPage = ({ request, url, sameOrigin }) =>
	sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/'));

const router = new Router();
router.registerRoute(new PrecacheRoute(shell));
router.registerRoute(new Route(isPage, pages));
router.registerRoute(
	new Route(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'), files),
);
router.setCatchHandler(async ({ request }) =>
	request.mode === 'navigate' ? offlinePage() : Response.error(),
);
router.addFetchListener();
// The page a reader first opens loads before this worker runs; it sends the addresses of what
// it loaded (CACHE_URLS), which go through the routes above and so are kept like any other.
router.addCacheListener();

/** What a reader offline sees for a page they never opened on this device. */
function offlinePage() {
	const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>You are offline</title><h1>You are offline</h1><p>This page has not been opened on this device yet, so it cannot be shown without a connection. Pages you have opened before can still be read.</p><p><a href="/">Home page</a></p></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
}

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((names) =>
			Promise.all(
				names
					.filter((name) => name.startsWith(PREFIX) && name !== `${PREFIX}shell`)
					.filter((name) => !name.endsWith(`-${VERSION}`))
					.map((name) => caches.delete(name)),
			),
		),
	);
});
