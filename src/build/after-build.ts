import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** A job on the finished site, given the build folder as a path and Astro's logger. */
type Job = (root: string, logger: AstroIntegrationLogger) => Promise<unknown>;

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
 * reads; any other file it writes must be one that nothing else reads. A job should await between
 * pages, so that the others go on meanwhile.
 */
export function afterBuild(name: string, job: Job): AstroIntegration {
	let running: Promise<unknown> | undefined;
	return {
		name,
		hooks: {
			'astro:build:generated': ({ dir, logger }) => {
				running = job(fileURLToPath(dir), logger);
				// Awaited in `astro:build:done`; until then a failure is not an unhandled rejection.
				running.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Taken, so a later build in the same process runs its own job, not this one.
				const finished = running ?? job(fileURLToPath(dir), logger);
				running = undefined;
				await finished;
			},
		},
	};
}
