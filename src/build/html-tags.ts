import { decodeHTMLAttribute } from 'entities';

/*
 * A reader for built pages that finds their tags, attributes and text by the HTML rules, jumping
 * from one `<` to the next with the engine's own string search. The build post-processes every
 * page once, before any of its code is warm: there a full parser (htmlparser2's tokenizer steps
 * through each character; node-html-parser builds a whole tree) costs several times more than
 * this, for pages whose markup Astro wrote and which are well formed.
 */

/**
 * Elements whose text is not markup: it runs to the element's own end tag. The list is
 * htmlparser2's, whose tokenizer `csp.test.ts` checks this reader against.
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

/** Elements that never have content or an end tag. */
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
]);

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Whether a tag's name ends at this character (or the page does): whitespace, `/` or `>`. */
const endsName = (c: number) => isSpace(c) || c === 0x2f || c === 0x3e || Number.isNaN(c);

/**
 * An attribute's value with its character references decoded, as the browser reads it (with the
 * rules for attributes, where `&not=1` stays as it is). Values without an `&` are most of them.
 */
const decoded = (value: string) => (value.includes('&') ? decodeHTMLAttribute(value) : value);

/**
 * Whether an element's attributes give it this class: `name` in its `class`, between whitespace
 * or the value's ends. Searched for rather than split out, as readers of a page ask this of every
 * element.
 */
export function hasClass(attributes: ReadonlyMap<string, string>, name: string): boolean {
	const classes = attributes.get('class');
	if (classes === undefined) return false;
	for (let at = classes.indexOf(name); at >= 0; at = classes.indexOf(name, at + 1)) {
		const end = at + name.length;
		if (
			(at === 0 || isSpace(classes.charCodeAt(at - 1))) &&
			(end === classes.length || isSpace(classes.charCodeAt(end)))
		)
			return true;
	}
	return false;
}

/** A start tag, where it is in the page, and for an element whose text is not markup, its text. */
export interface StartTag {
	/** The element's name, in lower case. */
	name: string;
	/** Its attributes by lower-case name, values decoded; the first of two with one name counts. */
	attributes: ReadonlyMap<string, string>;
	/** Where the tag starts (its `<`) and ends (just past its `>`). */
	start: number;
	end: number;
	/** Whether the tag ends with `/>`, which closes an SVG or MathML element but no HTML one. */
	selfClosing: boolean;
	/**
	 * For `script`, `style` and the other elements whose text is not markup, where that text is:
	 * it runs to the element's end tag, which is then reported like any other.
	 */
	rawText?: readonly [start: number, end: number];
}

/**
 * Whether an element ends with its start tag, so no end tag closes it: a void element, one
 * self-closed (`<path/>`), or one whose text is not markup, which `scanTags` gives whole.
 */
export const endsWithItsTag = (tag: StartTag): boolean =>
	VOID_ELEMENTS.has(tag.name) || tag.selfClosing || tag.rawText !== undefined;

/** What `scanTags` reports, in page order. */
export interface TagHandlers {
	/** A start tag. Returning `false` stops the scan. */
	start?(tag: StartTag): boolean | void;
	/** An end tag: the element's lower-case name, and where the tag starts and ends. Returning `false` stops the scan. */
	end?(name: string, start: number, end: number): boolean | void;
	/**
	 * A run of text between two pieces of markup (tags, comments, declarations), as it stands in
	 * the page, character references and all. A comment ends one run and starts the next.
	 */
	text?(start: number, end: number): void;
}

/**
 * Reads `html` from `from` to `to`, reporting its tags and text to `handlers`. It follows the HTML
 * rules for tags, attributes, comments and the text of script and style elements, so text that
 * only looks like markup (a code sample, `1 < 2`) is never mistaken for it. Where htmlparser2 and
 * browsers differ it follows the browser: `<script/>` starts a script, as the `/` means nothing on
 * an HTML element. It does not build a tree: it neither closes elements whose end tag is left out
 * nor checks that end tags match, which Astro's output never needs.
 */
export function scanTags(html: string, handlers: TagHandlers, from = 0, to = html.length): void {
	const length = Math.min(to, html.length);
	let textStart = from;
	const reportText = (end: number) => {
		if (end > textStart) handlers.text?.(textStart, end);
	};
	for (let at = from; ;) {
		const open = html.indexOf('<', at);
		if (open < 0 || open + 1 >= length) {
			reportText(length);
			return;
		}
		const next = html.charCodeAt(open + 1);
		if (html.startsWith('<!--', open)) {
			reportText(open);
			const end = /--!?>/g;
			end.lastIndex = open + 4;
			const found = end.exec(html);
			at = textStart = found ? Math.min(found.index + found[0].length, length) : length;
			continue;
		}
		if (!isLetter(next)) {
			// An end tag, a declaration or a processing instruction runs to the next `>`; a `<`
			// followed by anything else is text.
			if (next !== 0x21 && next !== 0x3f && next !== 0x2f) {
				at = open + 1;
				continue;
			}
			reportText(open);
			const close = html.indexOf('>', open + 2);
			at = textStart = close < 0 || close >= length ? length : close + 1;
			if (next === 0x2f && isLetter(html.charCodeAt(open + 2))) {
				let index = open + 2;
				while (!endsName(html.charCodeAt(index))) index += 1;
				if (handlers.end?.(html.slice(open + 2, index).toLowerCase(), open, at) === false) return;
			}
			continue;
		}
		reportText(open);
		let index = open + 1;
		while (!endsName(html.charCodeAt(index))) index += 1;
		const name = html.slice(open + 1, index).toLowerCase();
		const attributes = new Map<string, string>();
		let selfClosing = false;
		for (;;) {
			let c = html.charCodeAt(index);
			while (isSpace(c)) c = html.charCodeAt((index += 1));
			if (Number.isNaN(c)) break;
			index += 1;
			if (c === 0x3e) break;
			// A `/` changes nothing, unless the `>` follows it: then it marks the tag self-closing,
			// which only SVG and MathML elements heed (`<script/>` still starts a script).
			if (c === 0x2f) {
				selfClosing = html.charCodeAt(index) === 0x3e;
				continue;
			}
			selfClosing = false;
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
					const end = close < 0 ? html.length : close;
					value = decoded(html.slice(index + 1, end));
					index = end + 1;
				} else {
					const start = index;
					while (!Number.isNaN(c) && !isSpace(c) && c !== 0x3e) c = html.charCodeAt((index += 1));
					value = decoded(html.slice(start, index));
				}
			}
			if (!attributes.has(attribute)) attributes.set(attribute, value);
		}
		at = textStart = index;
		let rawText: [number, number] | undefined;
		if (RAW_TEXT.has(name)) {
			const close = new RegExp(`</${name}[\\s/>]`, 'gi');
			close.lastIndex = index;
			const end = close.exec(html)?.index ?? html.length;
			rawText = [index, end];
			at = textStart = end;
		}
		const tag: StartTag = { name, attributes, start: open, end: index, selfClosing };
		if (rawText) tag.rawText = rawText;
		if (handlers.start?.(tag) === false) return;
	}
}
