import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import {
	HEADER_ONLY_DIRECTIVES,
	contentSecurityPolicy,
	inlineSources,
	mergeSources,
	withPolicy,
} from './csp.ts';

/**
 * Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages) and for the
 * site's own server (`src/build/serve.ts`, what `npm start` and the tests use): the policy for
 * every page, plus what only a header can say. The site uses no camera, microphone, location,
 * motion sensors, payments or USB, so the permissions policy turns them all off, for the site
 * and anything it could ever embed; the opener policy keeps pages from other origins that open
 * it (or that it opens) out of its window.
 */
export const SECURITY_HEADERS = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	[
		'Permissions-Policy',
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
] as const;

/**
 * Gives every built page a Content-Security-Policy that lists the hash of each of its inline
 * scripts and styles, and writes a `_headers` file with one policy covering every page.
 *
 * Astro's own `security.csp` was tried first and does not fit Starlight: it hashes only the
 * scripts Vite bundles, not Starlight's `is:inline` scripts (the theme script, the search
 * shortcut, the theme picker and the sidebar state: withastro/astro#16678), and it writes its
 * `<meta>` after Starlight's theme script, which a meta policy then does not cover. Hashing the
 * finished HTML covers every inline script, Starlight's and the site's islands alike.
 */
export function contentSecurityPolicyIntegration(): AstroIntegration {
	return afterBuild(
		'atlas:content-security-policy',
		// Reads every page while Pagefind indexes them, and writes none until it is done.
		async (root) => {
			const files = (await readdir(root, { recursive: true })).filter((file) =>
				file.endsWith('.html'),
			);
			const pages = [];
			for (const file of files) {
				const html = await readFile(join(root, file), 'utf8');
				const sources = inlineSources(html);
				pages.push({ file, sources, html: withPolicy(html, contentSecurityPolicy(sources)) });
			}
			return pages;
		},
		async (pages, root, logger) => {
			await Promise.all(
				pages.map(async ({ file, html }) => {
					try {
						await writeFile(join(root, file), html);
					} catch (cause) {
						throw new Error(`Could not add a Content-Security-Policy to ${file}.`, { cause });
					}
				}),
			);
			const policy = contentSecurityPolicy(
				mergeSources(pages.map(({ sources }) => sources)),
				HEADER_ONLY_DIRECTIVES,
			);
			const headers = [['Content-Security-Policy', policy], ...SECURITY_HEADERS]
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n');
			await writeFile(join(root, '_headers'), `/*\n${headers}\n`);
			logger.info(`Added a Content-Security-Policy to ${pages.length} pages and _headers.`);
		},
	);
}
