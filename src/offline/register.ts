import { h } from '../lib/dom';
import { SERVICE_WORKER_PATH } from './files';

/**
 * Registers the site's service worker (`/sw.js`, see `service-worker.js`) from every page once it
 * has loaded (`Footer.astro` imports this module then, where browsers have service workers), and
 * tells the reader when a newer version of the site is ready. Offline reading is an extra: where
 * a worker is refused (private windows), pages work as before.
 */

/**
 * The small notice "A newer version of this site is ready", with a Reload button, at the foot of
 * the window. It is fixed in place, so showing it moves nothing on the page.
 */
function showNotice(onReload: () => void): void {
	if (document.querySelector('.atlas-update')) return;
	const button = h(
		'button',
		{ type: 'button', class: 'atlas-button', 'data-primary': '' },
		'Reload',
	);
	button.addEventListener('click', () => {
		button.disabled = true;
		onReload();
	});
	const status = h('p', { role: 'status' });
	document.body.append(h('div', { class: 'atlas-update not-content' }, status, button));
	// Filled once in the document, so screen readers announce it.
	requestAnimationFrame(() => {
		status.textContent = 'A newer version of this site is ready.';
	});
}

/**
 * Offers a worker that finished installing while an older one runs this page: the reader
 * chooses when to switch, since reloading would lose what a form holds. Choosing Reload lets the
 * new worker take over, and the page reloads once it has.
 */
function offer(worker: ServiceWorker, chosen: { reload: boolean }): void {
	showNotice(() => {
		chosen.reload = true;
		worker.postMessage({ type: 'SKIP_WAITING' });
	});
}

/**
 * The addresses of this page and of the files it has loaded from the site. The first page a
 * reader opens loads before any worker runs, so the worker is sent these to keep them too.
 */
function loadedHere(): string[] {
	const files = performance
		.getEntriesByType('resource')
		.map((entry) => entry.name)
		.filter((url) => new URL(url).origin === location.origin);
	return [location.href.split('#')[0] ?? location.href, ...files];
}

async function register(container: ServiceWorkerContainer): Promise<void> {
	const registration = await container.register(SERVICE_WORKER_PATH);
	const chosen = { reload: false };
	container.addEventListener('controllerchange', () => {
		// Another tab chose to reload: this one still runs the old files, so offer it the same.
		if (chosen.reload) location.reload();
		else showNotice(() => location.reload());
	});
	const watch = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && container.controller) offer(worker, chosen);
		});
	if (registration.waiting && container.controller) offer(registration.waiting, chosen);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	if (!container.controller) {
		const ready = await container.ready;
		ready.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: loadedHere() } });
	}
}

register(navigator.serviceWorker).catch(() => {
	// Refused or failed: the site simply works online only, as without a worker.
});
