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
 * Elements whose text is not markup: it runs to the element's own end tag. The list is
 * htmlparser2's, whose tokenizer `csp.test.ts` checks `inlineSources` against.
 */
const RAW_TEXT = new Set([
	'script',
	'style',
	'textarea',
	'title',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
]);

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Whether a tag's name ends at this character (or the page does): whitespace, `/` or `>`. */
const endsName = (c: number) => isSpace(c) || c === 0x2f || c === 0x3e || Number.isNaN(c);

/**
 * An attribute's value with its character references decoded, as the browser hashes it. Values
 * with an `&` are rare, so they alone go through htmlparser2's entity decoder, written back as
 * they stood: within the same `quote`, or bare (`''`) when they stood bare, since a bare value may
 * hold either quote.
 */
function decoded(value: string, quote: string): string {
	if (!value.includes('&')) return value;
	let result = value;
	new Parser(
		{ onattribute: (_, decodedValue) => (result = decodedValue) },
		{ decodeEntities: true },
	).end(`<i v=${quote}${value}${quote}>`);
	return result;
}

/**
 * Every inline script, style element and style attribute of a page, found by the HTML rules for
 * tags, attributes, comments and the text of script and style elements, so that text which only
 * looks like markup (a code sample) is never mistaken for it. Attribute values are decoded, as the
 * browser hashes them; script and style text is raw, as it is in the page.
 *
 * It reads a page the way htmlparser2's tokenizer does (`csp.test.ts` checks the two agree on
 * random markup; `tests/dist/csp.test.ts` checks every built page's policy against a DOM parser's
 * reading) but jumps from one `<` to the next with the engine's own string search instead of
 * stepping through each character: the build reads every page once, before the code is warm, and
 * there this takes a third of the time. Where the two differ it
 * follows the browser: `<script/>` starts a script, as the `/` means nothing on an HTML element.
 * Inline SVG and MathML are read as HTML; the site puts no script or style inside them.
 */
export function inlineSources(html: string): InlineSources {
	const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
	const length = html.length;
	for (let at = 0; ;) {
		const open = html.indexOf('<', at);
		if (open < 0 || open + 1 >= length) return sources;
		const next = html.charCodeAt(open + 1);
		if (html.startsWith('<!--', open)) {
			const end = /--!?>/g;
			end.lastIndex = open + 4;
			const found = end.exec(html);
			at = found ? found.index + found[0].length : length;
			continue;
		}
		if (!isLetter(next)) {
			// An end tag, a declaration or a processing instruction runs to the next `>`; a `<`
			// followed by anything else is text.
			const markup = next === 0x21 || next === 0x3f || next === 0x2f;
			const end = markup ? html.indexOf('>', open + 2) : open;
			at = end < 0 ? length : end + 1;
			continue;
		}
		let index = open + 1;
		while (!endsName(html.charCodeAt(index))) index += 1;
		const name = html.slice(open + 1, index).toLowerCase();
		const attributes = new Map<string, string>();
		for (;;) {
			let c = html.charCodeAt(index);
			while (isSpace(c)) c = html.charCodeAt((index += 1));
			if (Number.isNaN(c)) break;
			index += 1;
			if (c === 0x3e) break;
			// A `/` before the `>` changes nothing: `<script/>` still starts a script, as in browsers.
			if (c === 0x2f) continue;
			// An attribute: its name runs to whitespace, `/`, `>` or `=`, its first character aside.
			const nameStart = index - 1;
			while (!endsName((c = html.charCodeAt(index))) && c !== 0x3d) index += 1;
			const attribute = html.slice(nameStart, index).toLowerCase();
			while (isSpace(c)) c = html.charCodeAt((index += 1));
			let value = '';
			if (c === 0x3d) {
				c = html.charCodeAt((index += 1));
				while (isSpace(c)) c = html.charCodeAt((index += 1));
				if (c === 0x22 || c === 0x27) {
					const quote = c === 0x22 ? '"' : "'";
					const close = html.indexOf(quote, index + 1);
					const end = close < 0 ? length : close;
					value = decoded(html.slice(index + 1, end), quote);
					index = end + 1;
				} else {
					const start = index;
					while (!Number.isNaN(c) && !isSpace(c) && c !== 0x3e) c = html.charCodeAt((index += 1));
					value = decoded(html.slice(start, index), '');
				}
			}
			// The first of two attributes with one name is the one that counts.
			if (!attributes.has(attribute)) attributes.set(attribute, value);
		}
		const style = attributes.get('style');
		if (style !== undefined) sources.styleAttributes.push(style);
		at = index;
		if (!RAW_TEXT.has(name)) continue;
		const close = new RegExp(`</${name}[\\s/>]`, 'gi');
		close.lastIndex = index;
		const end = close.exec(html)?.index ?? length;
		if (name === 'style') sources.styles.push(html.slice(index, end));
		else if (
			name === 'script' &&
			!attributes.has('src') &&
			EXECUTABLE.test((attributes.get('type') ?? '').trim())
		)
			sources.scripts.push(html.slice(index, end));
		at = end;
	}
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
