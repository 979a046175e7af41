import { createHash } from 'node:crypto';
import { scanTags } from './html-tags.ts';

/** The inline code of one built page that a Content-Security-Policy must allow by hash. */
export interface InlineSources {
	/** The text of every inline `<script>` the browser runs (JSON-LD and other data blocks excluded). */
	scripts: string[];
	/** The text of every `<style>` element. */
	styles: string[];
	/** The value of every `style` attribute (Starlight sizes its icons with one). */
	styleAttributes: string[];
}

/**
 * Script types the browser executes, and so checks against `script-src`: classic and module
 * scripts and import maps. Anything else (`application/ld+json`…) is a data block CSP ignores.
 */
const EXECUTABLE = /^(|module|importmap|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * Every inline script, style element and style attribute of a page, found by the HTML rules for
 * tags, attributes, comments and the text of script and style elements (`scanTags`), so that text
 * which only looks like markup (a code sample) is never mistaken for it. Attribute values are
 * decoded, as the browser hashes them; script and style text is raw, as it is in the page.
 * `csp.test.ts` checks it against htmlparser2's tokenizer on random markup, and
 * `tests/dist/csp.test.ts` every built page's policy against a DOM parser's reading. Inline SVG
 * and MathML are read as HTML; the site puts no script or style inside them.
 */
export function inlineSources(html: string): InlineSources {
	const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
	scanTags(html, {
		start: ({ name, attributes, rawText }) => {
			const style = attributes.get('style');
			if (style !== undefined) sources.styleAttributes.push(style);
			if (!rawText) return;
			if (name === 'style') sources.styles.push(html.slice(...rawText));
			else if (
				name === 'script' &&
				!attributes.has('src') &&
				EXECUTABLE.test((attributes.get('type') ?? '').trim())
			)
				sources.scripts.push(html.slice(...rawText));
		},
	});
	return sources;
}

/**
 * The hash source of every piece of inline code hashed so far. Most of it is the same on every
 * page (Starlight's theme script, the islands' styles), so a build hashes each text once instead
 * of once per page and again for the site-wide policy.
 */
const hashes = new Map<string, string>();

/** A CSP hash source (`'sha256-…'`) for a piece of inline code, exactly as the browser computes it. */
export function hashSource(text: string): string {
	let hash = hashes.get(text);
	if (hash === undefined) {
		hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		hashes.set(text, hash);
	}
	return hash;
}

const unique = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort();

/**
 * The fixed part of the policy. Everything comes from the site's own origin; `data:` images are
 * the icons Starlight's CSS inlines. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly
 * search engine; it allows WebAssembly only, not `eval` (there is no `'unsafe-eval'`).
 */
export const BASE_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
	['default-src', "'self'"],
	['img-src', "'self'", 'data:'],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/**
 * Directives browsers ignore in a `<meta>` policy (and warn about in the console), so they are
 * sent only as an HTTP header, through the `_headers` file.
 */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
	['frame-ancestors', "'none'"],
];

/**
 * The Content-Security-Policy for pages with these inline sources: the base directives, and
 * scripts, styles and style attributes allowed from the site's origin and by hash only; no
 * `'unsafe-inline'` anywhere, no `'unsafe-eval'`.
 */
export function contentSecurityPolicy(
	sources: InlineSources,
	extra: readonly (readonly [string, ...string[]])[] = [],
): string {
	const attributes = unique(sources.styleAttributes);
	const directives = [
		...BASE_DIRECTIVES,
		['script-src', "'self'", "'wasm-unsafe-eval'", ...unique(sources.scripts)],
		['style-src', "'self'", ...unique(sources.styles)],
		[
			'style-src-attr',
			...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : ["'none'"]),
		],
		...extra,
	];
	return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Thrown when a built page has no `<meta charset>` to put the policy after. */
export class MissingCharsetError extends Error {
	constructor() {
		super('the page has no <meta charset> element, so there is no safe place for its CSP meta tag');
		this.name = 'MissingCharsetError';
	}
}

/**
 * The page with its policy in a `<meta http-equiv>` right after `<meta charset>`: a meta policy
 * only covers what follows it, so it must come before the first inline script or style.
 */
export function withPolicy(html: string, policy: string): string {
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
	if (!charset) throw new MissingCharsetError();
	const end = charset.index + charset[0].length;
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
	return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}

/** Merges the inline sources of several pages, for a policy that covers all of them. */
export function mergeSources(all: readonly InlineSources[]): InlineSources {
	return {
		scripts: all.flatMap((sources) => sources.scripts),
		styles: all.flatMap((sources) => sources.styles),
		styleAttributes: all.flatMap((sources) => sources.styleAttributes),
	};
}
