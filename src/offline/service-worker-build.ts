import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Workbox's prebuilt modules the worker uses, in the order they must run: each defines its part
 * of the global `workbox` and the later ones use the earlier ones. Joined into `/sw.js` they do
 * what `importScripts()` of each would, in one file and with no bundler at build time (Workbox's
 * own `generateSW` bundles with Rollup and took seconds of every build).
 */
const WORKBOX_MODULES = [
	'workbox-core',
	'workbox-routing',
	'workbox-strategies',
	'workbox-precaching',
] as const;

/** Workbox's production build of its modules, read from node_modules, source-map comments removed. */
export function workboxRuntime(): string {
	return WORKBOX_MODULES.map((name) =>
		readFileSync(require.resolve(`${name}/build/${name}.prod.js`), 'utf8')
			.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '')
			.trim(),
	).join('\n');
}

/** One file the worker precaches: a revision for files whose name does not change with them. */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/** Thrown when the worker's source lacks a placeholder the build fills in, or has it twice. */
export class MissingPlaceholderError extends Error {
	constructor(placeholder: string) {
		super(
			`The service worker's source must have ${placeholder} exactly once, for the build to replace.`,
		);
		this.name = 'MissingPlaceholderError';
	}
}

/** A short hash of some text, for revisions and the worker's version. */
export const shortHash = (text: string | Buffer) =>
	createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * The finished `/sw.js`: Workbox's runtime, then the worker's source with the precache list in
 * place of `self.__WB_MANIFEST` (Workbox's own injection point) and a version in place of
 * `'ATLAS_VERSION'`. The version is a hash of all of it, so it changes exactly when the shell or
 * the worker does, which is when browsers install the new worker and the page offers a reload.
 */
export function serviceWorker(
	runtime: string,
	source: string,
	manifest: readonly PrecacheEntry[],
): string {
	for (const placeholder of ['self.__WB_MANIFEST', "'ATLAS_VERSION'"])
		if (source.split(placeholder).length !== 2) throw new MissingPlaceholderError(placeholder);
	const list = JSON.stringify(manifest);
	const version = shortHash(`${runtime}\n${source}\n${list}`);
	const worker = source
		.replace('self.__WB_MANIFEST', () => list)
		.replace("'ATLAS_VERSION'", () => JSON.stringify(version));
	return `${runtime}\n${worker}`;
}
