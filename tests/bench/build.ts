import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { childrenCpuMs, routeTimes } from './build-log.ts';

/** The repository root, whose node_modules every build here uses. */
export const repository = resolve(import.meta.dirname, '../..');

/** The value given after `--name` on the command line, or `fallback`. */
export function argument(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** What one timed build took and produced. */
export interface BuildResult {
	/** Wall-clock time of `astro build`, content cache cleared, in milliseconds. */
	ms: number;
	/** Processor time of the build, user and system, in milliseconds (see `childrenCpuMs`). */
	cpuMs: number;
	/** The time Astro reports rendering each page or file, by URL path (see `routeTimes`). */
	routeMs: Record<string, number>;
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
 * every build does the same work) for the given public origin, and times it. The build runs in a
 * POSIX shell whose `times` reports the processor time it used, on standard error after Astro's
 * own output.
 */
export function timedBuild(root: string, outDir: string, site: string): BuildResult {
	const started = performance.now();
	const run = spawnSync(
		'/bin/sh',
		[
			'-c',
			'"$0" "$@"; status=$?; times >&2; exit $status',
			join(repository, 'node_modules/.bin/astro'),
			'build',
			'--force',
			'--root',
			root,
			'--outDir',
			outDir,
		],
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
		cpuMs: childrenCpuMs(run.stderr),
		routeMs: Object.fromEntries(routeTimes(run.stdout)),
		pages,
		pagefindMs: pagefindMs(run.stdout),
		indexBytes: folderBytes(join(outDir, 'pagefind')),
		totalBytes: folderBytes(outDir),
	};
}

/**
 * The atlas's build time over the baseline's for each run (the two built one after the other), and
 * the median of those ratios. On a shared machine the fastest build of each site can come from
 * runs far apart, when the machine ran at different speeds, so the ratio of the two fastest moves
 * between runs of the bench more than the ratio within one pair does.
 */
export function pairedRatios(
	atlasMs: readonly number[],
	baselineMs: readonly number[],
): { ratios: number[]; median: number } {
	const ratios = atlasMs.flatMap((atlas, run) => {
		const baseline = baselineMs[run];
		return baseline === undefined ? [] : [atlas / baseline];
	});
	if (ratios.length === 0) throw new Error('No pair of builds was measured.');
	const sorted = [...ratios].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1
			? (sorted[middle] ?? Number.NaN)
			: ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
	return { ratios, median };
}
