import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * An integration whose one job is on the finished site, such as rewriting the built pages or
 * writing a file made from them: `run` gets the build folder as a path and Astro's logger. One
 * shape, so each such integration holds only its own work.
 */
export function afterBuild(
	name: string,
	run: (root: string, logger: AstroIntegrationLogger) => Promise<void>,
): AstroIntegration {
	return {
		name,
		hooks: { 'astro:build:done': async ({ dir, logger }) => run(fileURLToPath(dir), logger) },
	};
}
