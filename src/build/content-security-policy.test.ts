import {
	existsSync,
	mkdtempSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicyIntegration } from './content-security-policy';
import { contentSecurityPolicy, inlineSources, withPolicy } from './csp';

const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

const pages = {
	'index.html': '<html><head><meta charset="utf-8"><script>home()</script></head></html>',
	'roles/x/index.html': '<html><head><meta charset="utf-8"><style>p{}</style></head></html>',
};

/** A build folder holding these pages, by file name. */
function buildFolder(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-csp-'));
	for (const [file, html] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), html);
	}
	return root;
}

/** The integration's two hooks on a build folder, called as Astro calls them. */
function hooksOn(root: string) {
	const dir = pathToFileURL(`${root}/`);
	const { 'astro:build:generated': generated, 'astro:build:done': done } =
		contentSecurityPolicyIntegration().hooks;
	return {
		generated: () => generated?.({ dir, logger, routeToHeaders: new Map() }),
		done: () => done?.({ dir, logger, pages: [], assets: new Map() }),
	};
}

describe('contentSecurityPolicyIntegration', () => {
	test('gives each page its own policy and writes _headers before astro:build:done, so Pagefind need not finish first', async () => {
		const root = buildFolder(pages);
		const hooks = hooksOn(root);
		await hooks.generated();
		// Not `done`: the pages are rewritten by the job `generated` started, while Pagefind works.
		for (let tries = 0; !existsSync(join(root, '_headers')) && tries < 1000; tries += 1)
			await sleep(10);
		for (const [file, html] of Object.entries(pages))
			expect(readFileSync(join(root, file), 'utf8')).toBe(
				withPolicy(html, contentSecurityPolicy(inlineSources(html))),
			);
		await hooks.done();
		expect(readdirSync(root, { recursive: true })).not.toContainEqual(
			expect.stringMatching(/\.next$/),
		);
	});

	test('fails the build, naming the page, when a page cannot take a policy', async () => {
		const root = buildFolder({ ...pages, 'stray/index.html': '<html><head></head></html>' });
		const hooks = hooksOn(root);
		await hooks.generated();
		await expect(hooks.done()).rejects.toThrow(
			/Could not add a Content-Security-Policy to stray\/index\.html/,
		);
	});
});
