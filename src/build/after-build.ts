import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** What a job on the finished site is given: the build folder as a path, and Astro's logger. */
type Step<Result> = (root: string, logger: AstroIntegrationLogger) => Promise<Result>;

/**
 * An integration whose one job is on the finished site, such as rewriting the built pages or
 * writing a file made from them, in two steps, so the build does not wait for it:
 *
 * - `read` starts as soon as Astro has written the pages (`astro:build:generated`) and runs
 *   while the integrations listed before this one do their `astro:build:done` work, Starlight's
 *   Pagefind among them, which indexes the pages in a process of its own. None of those changes a
 *   page, so `read` sees each as it will be; it may write only files that no other integration
 *   reads, and it should await between pages, so that the others go on meanwhile.
 * - `write` gets what `read` returned, in this integration's own `astro:build:done`, once those
 *   before it are done, their reads included: the place to change pages. So an integration that
 *   changes pages comes after every one that reads them in astro.config.mjs.
 *
 * One shape, so each such integration holds only its own work. An error in either step fails the
 * build, from `astro:build:done`.
 */
export function afterBuild<Result>(
	name: string,
	read: Step<Result>,
	write: (result: Result, ...rest: Parameters<Step<void>>) => Promise<void> = async () => {},
): AstroIntegration {
	let reading: Promise<Result> | undefined;
	return {
		name,
		hooks: {
			'astro:build:generated': ({ dir, logger }) => {
				reading = read(fileURLToPath(dir), logger);
				// Awaited in `astro:build:done`; until then a failure is not an unhandled rejection.
				reading.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Taken, so a later build in the same process reads its own pages, not these.
				const pages = reading ?? read(root, logger);
				reading = undefined;
				await write(await pages, root, logger);
			},
		},
	};
}
