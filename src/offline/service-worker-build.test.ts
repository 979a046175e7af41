import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MissingPlaceholderError, serviceWorker, workboxRuntime } from './service-worker-build';

const source = "const VERSION = 'ATLAS_VERSION';\nprecache(self.__WB_MANIFEST);";
const manifest = [{ url: '/_astro/page.js', revision: null }];

describe('serviceWorker', () => {
	test('puts the precache list and a version in place of their placeholders, after the runtime', () => {
		const worker = serviceWorker('/* runtime */', source, manifest);
		expect(worker).toMatch(
			/^\/\* runtime \*\/\nconst VERSION = "[0-9a-f]{12}";\nprecache\(\[\{"url":"\/_astro\/page\.js","revision":null\}\]\);$/,
		);
	});

	test('changes its version exactly when the shell, the runtime or the source changes', () => {
		const version = (worker: string) => /VERSION = "(\w+)"/.exec(worker)?.[1];
		const base = version(serviceWorker('r', source, manifest));
		expect(version(serviceWorker('r', source, manifest))).toBe(base);
		expect(
			version(serviceWorker('r', source, [{ url: '/_astro/new.js', revision: null }])),
		).not.toBe(base);
		expect(version(serviceWorker('r2', source, manifest))).not.toBe(base);
		expect(version(serviceWorker('r', `${source}\n// changed`, manifest))).not.toBe(base);
	});

	test('refuses a source without a placeholder, or with one twice', () => {
		expect(() => serviceWorker('r', 'precache(self.__WB_MANIFEST);', manifest)).toThrow(
			MissingPlaceholderError,
		);
		expect(() => serviceWorker('r', `${source}\nself.__WB_MANIFEST`, manifest)).toThrow(
			MissingPlaceholderError,
		);
	});

	test("the site's worker has both placeholders once", () => {
		const site = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
		expect(() => serviceWorker('r', site, manifest)).not.toThrow();
	});
});

describe('workboxRuntime', () => {
	test('defines the Workbox modules the worker uses, in order, without source-map comments', () => {
		const runtime = workboxRuntime();
		const order = [
			'workbox.core',
			'workbox.routing',
			'workbox.strategies',
			'workbox.precaching',
		].map((name) => runtime.indexOf(`this.${name}=`));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(runtime).not.toContain('sourceMappingURL');
	});
});
