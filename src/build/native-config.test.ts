import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/**
 * Astro first imports `astro.config.mjs` with Node itself and, only when that fails, starts a Vite
 * server to load it, which costs every build a quarter of a second. Node loads it only when every
 * relative import in it and in the modules it imports names its file (`./site-sections.ts`).
 */
test('Node loads astro.config.mjs by itself, without Vite', () => {
	const config = new URL('../../astro.config.mjs', import.meta.url).href;
	const run = spawnSync(
		process.execPath,
		['--input-type=module', '--eval', `await import(${JSON.stringify(config)});`],
		{ encoding: 'utf8' },
	);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
});
