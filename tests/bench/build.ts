import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, whose node_modules every build here uses. */
export const repository = resolve(import.meta.dirname, '../..');

/** What one timed build took and produced. */
export interface BuildResult {
	/** Wall-clock time of `astro build`, content cache cleared, in milliseconds. */
	ms: number;
	/** HTML pages written. */
	pages: number;
	/** Time Pagefind reported for its index, in milliseconds. */
	pagefindMs: number;
	/** Bytes of the Pagefind index (`pagefind/` in the build folder). */
	indexBytes: number;
	/** Bytes of the whole build folder. */
	totalBytes: number;
}

/** The total size of a folder's files, in bytes. */
export function folderBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => statSync(join(dir, file)))
		.filter((stats) => stats.isFile())
		.reduce((total, stats) => total + stats.size, 0);
}

/** Pagefind's own timing line: "Finished building search index in 313ms" (or "in 1.20s"). */
function pagefindMs(log: string): number {
	const match = /Finished building search index in ([\d.]+)(ms|s)/.exec(log);
	if (!match) return Number.NaN;
	return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/**
 * Builds the Astro project in `root` with `astro build --force` (the content cache cleared, so
 * every build does the same work) for the given public origin, and times it.
 */
export function timedBuild(root: string, outDir: string, site: string): BuildResult {
	const started = performance.now();
	const run = spawnSync(
		join(repository, 'node_modules/.bin/astro'),
		['build', '--force', '--root', root, '--outDir', outDir],
		{ encoding: 'utf8', env: { ...process.env, SITE_URL: site }, maxBuffer: 256 * 1024 * 1024 },
	);
	const ms = performance.now() - started;
	if (run.status !== 0) {
		throw new Error(`astro build failed in ${root}:\n${run.stdout}\n${run.stderr}`);
	}
	const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	).length;
	return {
		ms: Math.round(ms),
		pages,
		pagefindMs: pagefindMs(run.stdout),
		indexBytes: folderBytes(join(outDir, 'pagefind')),
		totalBytes: folderBytes(outDir),
	};
}
