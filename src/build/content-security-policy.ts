import { rename, writeFile } from 'node:fs/promises';
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
 * Replaces a page with a new version in one step: written beside it under a name that is not a
 * page's, then renamed over it, so Pagefind, indexing the pages meanwhile, reads either the old
 * version or the new one, never a page half written. The two differ only in the `<meta>` policy,
 * which Pagefind does not index.
 */
async function replacePage(file: string, html: string): Promise<void> {
	const next = `${file}.next`;
	await writeFile(next, html);
	await rename(next, file);
}

/**
 * Gives every built page a Content-Security-Policy that lists the hash of each of its inline
 * scripts and styles, and writes a `_headers` file with one policy covering every page. It runs
 * while Pagefind indexes the pages (see `afterBuild`), replacing each page whole (`replacePage`).
 *
 * Astro's own `security.csp` was tried first and does not fit Starlight: it hashes only the
 * scripts Vite bundles, not Starlight's `is:inline` scripts (the theme script, the search
 * shortcut, the theme picker and the sidebar state: withastro/astro#16678), and it writes its
 * `<meta>` after Starlight's theme script, which a meta policy then does not cover. Hashing the
 * finished HTML covers every inline script, Starlight's and the site's islands alike.
 */
export function contentSecurityPolicyIntegration(): AstroIntegration {
	return afterBuild('atlas:content-security-policy', async (root, logger, built) => {
		const pages = await Promise.all(
			(await built.files()).map(async (file) => {
				const html = await built.html(file);
				const sources = inlineSources(html);
				try {
					await replacePage(join(root, file), withPolicy(html, contentSecurityPolicy(sources)));
				} catch (cause) {
					throw new Error(`Could not add a Content-Security-Policy to ${file}.`, { cause });
				}
				return sources;
			}),
		);
		const headers = [
			[
				'Content-Security-Policy',
				contentSecurityPolicy(mergeSources(pages), HEADER_ONLY_DIRECTIVES),
			],
			...SECURITY_HEADERS,
		]
			.map(([name, value]) => `  ${name}: ${value}`)
			.join('\n');
		await writeFile(join(root, '_headers'), `/*\n${headers}\n`);
		logger.info(`Added a Content-Security-Policy to ${pages.length} pages and _headers.`);
	});
}
