import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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
 * Every inline script, style element and style attribute of a page, read with an HTML tokenizer
 * (htmlparser2, which follows the HTML rules for comments and for script and style text) so that
 * text which only looks like markup (a code sample) is never mistaken for it. Attribute values
 * are decoded, as the browser hashes them; script and style text is raw, as it is in the page.
 */
export function inlineSources(html: string): InlineSources {
	const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
	let open: { into: string[]; text: string } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.style !== undefined) sources.styleAttributes.push(attributes.style);
				if (name === 'style') open = { into: sources.styles, text: '' };
				else if (
					name === 'script' &&
					attributes.src === undefined &&
					EXECUTABLE.test((attributes.type ?? '').trim())
				)
					open = { into: sources.scripts, text: '' };
			},
			ontext(text) {
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (open && (name === 'script' || name === 'style')) {
					open.into.push(open.text);
					open = undefined;
				}
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return sources;
}

/** A CSP hash source (`'sha256-…'`) for a piece of inline code, exactly as the browser computes it. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
