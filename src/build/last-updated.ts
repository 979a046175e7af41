import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentPage } from '../atlas/content-pages.ts';

/** Runs git in `cwd`; its output, or undefined when git is missing or fails. */
function git(cwd: string, args: readonly string[]): string | undefined {
	const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return run.status === 0 ? run.stdout : undefined;
}

/**
 * The newest commit date of each file in the output of
 * `git log --format=%x00%cI --name-status`, newest commit first: commits separated by NUL, each
 * its ISO 8601 committer date followed by a line per file it changed (`M\tpath`, or for a file
 * moved `R<similarity>\told\tnew`). A file moved without a change (`R100`) keeps the dates of
 * its history under the old name, so renaming a page's source does not date the page to the
 * move. Keyed by the paths as git prints them, as the files are named now.
 */
export function newestDates(log: string): Map<string, string> {
	const newest = new Map<string, string>();
	// The name each older path has now, from the moves seen so far (newer commits come first).
	const current = new Map<string, string>();
	const nameNow = (path: string) => current.get(path) ?? path;
	for (const commit of log.split('\0')) {
		const [date = '', ...lines] = commit.split('\n');
		const time = Date.parse(date);
		if (Number.isNaN(time)) continue;
		for (const line of lines.filter(Boolean)) {
			const [status = '', path = '', movedTo] = line.split('\t');
			const file = nameNow(movedTo ?? path);
			if (movedTo !== undefined) current.set(path, file);
			if (status === 'R100') continue;
			const known = newest.get(file);
			if (known === undefined || Date.parse(known) < time) newest.set(file, date);
		}
	}
	return newest;
}

/**
 * When each file under `dir` was last committed, as ISO 8601 dates keyed by path relative to
 * `root`: what `git log -1 --format=%cI -- <file>` says of each, from one `git log` call for
 * them all. Empty when git cannot say: not a git checkout,
 * no git, or a shallow clone, where the one commit fetched would date every file to the day of
 * the clone. A page then shows no date rather than a wrong one.
 */
export function lastCommitDates(root: string, dir: string): Record<string, string> {
	const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim();
	const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
	if (shallow !== 'false' || !top) return {};
	const log = git(root, [
		'-c',
		'core.quotePath=false',
		'log',
		'--format=%x00%cI',
		'--name-status',
		'--find-renames',
		// A merge that combined changes to a file from both sides made a new version of it, which
		// `git log -1 -- <file>` dates to the merge: list such merges' files too.
		'--diff-merges=dense-combined',
		'--',
		dir,
	]);
	const base = realpathSync(root);
	return Object.fromEntries(
		[...newestDates(log ?? '')].map(([file, date]) => [
			relative(base, resolve(realpathSync(top), file)),
			date,
		]),
	);
}

/**
 * Each content page's last-changed date, from the commit dates of the source files: pages whose
 * file git does not know (new, or built from a shallow clone) get none.
 */
export function pageDates(
	pages: readonly ContentPage[],
	commits: Readonly<Record<string, string>>,
): Map<string, Date> {
	return new Map(
		pages.flatMap(({ path, file }) => {
			const date = file === undefined ? undefined : commits[file];
			return date === undefined ? [] : [[path, new Date(date)] as const];
		}),
	);
}

/**
 * Reads the last commit date of every file in `content/` once, when the build starts, and gives
 * them to the route middleware as `import.meta.env.ATLAS_LAST_COMMITS`, which shows each content
 * page's date in Starlight's footer ("Last updated"). Starlight's own `lastUpdated` option was
 * not used: it reads only `src/content/docs`, and in a shallow clone it dates every page to the
 * one commit it has.
 */
export function lastUpdatedIntegration(): AstroIntegration {
	return {
		name: 'atlas:last-updated',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const commits = lastCommitDates(fileURLToPath(config.root), 'content');
				updateConfig({
					vite: { define: { 'import.meta.env.ATLAS_LAST_COMMITS': JSON.stringify(commits) } },
				});
			},
		},
	};
}

/** One date formatter per page language, made on first use: making one costs more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The day a page last changed, as Starlight's footer writes it ("1 Dec 2026" in British English):
 * `Date.toLocaleDateString` with the same options, which would make a new formatter for every
 * page of the build.
 */
export function formatLastUpdated(date: Date, lang: string): string {
	let format = dayFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
		dayFormats.set(lang, format);
	}
	return format.format(date);
}
