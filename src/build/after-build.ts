import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * The pages of a finished build, listed and read from disk once however many jobs ask for them:
 * the security policy, the offline worker and the full text for assistants all read every page.
 */
export interface BuiltPages {
	/** Each page's file, relative to the build folder (`roles/x/index.html`). */
	files(): Promise<readonly string[]>;
	/**
	 * A page's HTML as the build wrote it, by its file relative to the build folder. The first job
	 * to ask reads it; the others get the same text, so every job sees the page as Astro wrote it,
	 * whatever another has written over it since (the security policy adds a `<meta>` only).
	 */
	html(file: string): Promise<string>;
}

/** Lists and reads the pages of the build in `root`, each at most once. */
function builtPages(root: string): BuiltPages {
	let files: Promise<readonly string[]> | undefined;
	const texts = new Map<string, Promise<string>>();
	return {
		files: () =>
			(files ??= readdir(root, { recursive: true }).then((all) =>
				all.filter((file) => file.endsWith('.html')),
			)),
		html: (file) => {
			const key = join(file);
			let text = texts.get(key);
			if (!text) {
				text = readFile(join(root, key), 'utf8');
				texts.set(key, text);
			}
			return text;
		},
	};
}

/** The pages of each build now finishing, by build folder, shared by its jobs. */
const builds = new Map<string, BuiltPages>();

/** The pages of the build in `root`, shared with the other jobs on it. */
function pagesOf(root: string): BuiltPages {
	let pages = builds.get(root);
	if (!pages) {
		pages = builtPages(root);
		builds.set(root, pages);
	}
	return pages;
}

/** A job on the finished site: its folder as a path, its pages, and Astro's logger. */
type Job = (root: string, logger: AstroIntegrationLogger, pages: BuiltPages) => Promise<unknown>;

/**
 * An integration whose one job is on the finished site, such as writing a file made from the
 * built pages, started as soon as Astro has written them (`astro:build:generated`) so the build
 * does not wait for it: it runs while the integrations listed before it do their
 * `astro:build:done` work, Starlight's Pagefind among them, which indexes the pages in a process
 * of its own. The job is awaited in this integration's own `astro:build:done`, where an error in
 * it fails the build.
 *
 * Pagefind and these jobs read the pages at the same time, so a job that changes a page replaces
 * it whole, in one rename (see `content-security-policy.ts`), and only in ways none of the others
 * reads; any other file it writes must be one that nothing else reads. The jobs of one build read
 * the pages through one `BuiltPages`, so each page is read from disk once. A job should await
 * between pages, so that the others go on meanwhile.
 */
export function afterBuild(name: string, job: Job): AstroIntegration {
	let running: Promise<unknown> | undefined;
	return {
		name,
		hooks: {
			'astro:build:generated': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				running = job(root, logger, pagesOf(root));
				// Awaited in `astro:build:done`; until then a failure is not an unhandled rejection.
				running.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Taken, so a later build in the same process runs its own job, not this one.
				const finished = running ?? job(root, logger, pagesOf(root));
				running = undefined;
				try {
					await finished;
				} finally {
					// Every job of this build has its pages by now; the next build reads its own.
					builds.delete(root);
				}
			},
		},
	};
}
