import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import {
	type InlineSources,
	MissingCharsetError,
	contentSecurityPolicy,
	hashSource,
	inlineSources,
	mergeSources,
	withPolicy,
} from './csp';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title>
<script>window.theme = 1;</script>
<script type="module">import '/a.js';</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script src="/b.js"></script>
<style>p{color:red}</style>
</head><body><svg style="--sl-icon-size: 1em;"></svg>
<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; style="x"</code></pre></body></html>`;

describe('inlineSources', () => {
	test('finds the scripts the browser runs, the styles and the style attributes', () => {
		expect(inlineSources(page)).toEqual({
			scripts: ['window.theme = 1;', "import '/a.js';"],
			styles: ['p{color:red}'],
			styleAttributes: ['--sl-icon-size: 1em;'],
		});
	});

	test('reads script text raw and attribute values decoded, as the browser hashes them', () => {
		const html =
			'<script>if (a &amp;&amp; b < c) x("</div><style>");</script>' +
			'<!-- <script>commented()</script> --><P STYLE="content: &quot;&amp;&quot;">x</P>' +
			'<SCRIPT TYPE="Module">go()</SCRIPT><textarea><script>typed()</script></textarea>';
		expect(inlineSources(html)).toEqual({
			scripts: ['if (a &amp;&amp; b < c) x("</div><style>");', 'go()'],
			styles: [],
			styleAttributes: ['content: "&"'],
		});
	});
});

describe('inlineSources where htmlparser2 and browsers differ', () => {
	test('follows the browser: a `/` does not end a script element', () => {
		expect(inlineSources('<script/>go(1 < 2)</script><p style=a/>x</p>')).toEqual({
			scripts: ['go(1 < 2)'],
			styles: [],
			styleAttributes: ['a/'],
		});
	});
});

describe('hashSource', () => {
	test('is the base64 SHA-256 that browsers compare', () => {
		// The empty string's SHA-256, as every CSP reference gives it.
		expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy(inlineSources(page));
	const directive = (name: string) =>
		policy
			.split('; ')
			.find((d) => d.startsWith(`${name} `))
			?.split(' ')
			.slice(1);

	test('allows only the site itself, WebAssembly and the page’s own inline code', () => {
		expect(directive('default-src')).toEqual(["'self'"]);
		expect(directive('object-src')).toEqual(["'none'"]);
		expect(directive('base-uri')).toEqual(["'self'"]);
		expect(directive('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			...[hashSource('window.theme = 1;'), hashSource("import '/a.js';")].sort(),
		]);
		expect(directive('style-src')).toEqual(["'self'", hashSource('p{color:red}')]);
		expect(directive('style-src-attr')).toEqual([
			"'unsafe-hashes'",
			hashSource('--sl-icon-size: 1em;'),
		]);
	});

	test('never allows unsafe-inline or unsafe-eval', () => {
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	});

	test('lists each hash once, and forbids style attributes on pages that have none', () => {
		const twice = mergeSources([inlineSources(page), inlineSources(page)]);
		expect(contentSecurityPolicy(twice)).toBe(policy);
		const bare = contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] });
		expect(bare).toContain("style-src-attr 'none'");
	});

	test('adds the directives only a header can carry when asked', () => {
		const header = contentSecurityPolicy(inlineSources(page), [['frame-ancestors', "'none'"]]);
		expect(header.endsWith("; frame-ancestors 'none'")).toBe(true);
		expect(policy).not.toContain('frame-ancestors');
	});
});

describe('withPolicy', () => {
	test('puts the policy right after <meta charset>, before any script', () => {
		const html = withPolicy(page, "default-src 'self'");
		expect(html).toContain(
			`<meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src 'self'"><title>`,
		);
	});

	test('refuses a page without <meta charset> rather than guessing a place', () => {
		expect(() => withPolicy('<html><head></head></html>', "default-src 'self'")).toThrow(
			MissingCharsetError,
		);
	});
});

/**
 * htmlparser2's reading of a page, as `inlineSources` once was: the oracle the faster scanner must
 * agree with.
 */
function htmlparser2Sources(html: string): InlineSources {
	const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
	let open: { into: string[]; text: string } | undefined;
	new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.style !== undefined) sources.styleAttributes.push(attributes.style);
				if (name === 'style') open = { into: sources.styles, text: '' };
				else if (
					name === 'script' &&
					attributes.src === undefined &&
					/^(|module|importmap|(text|application)\/(x-)?(java|ecma)script)$/i.test(
						(attributes.type ?? '').trim(),
					)
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
	).end(html);
	return sources;
}

describe('inlineSources reads markup as htmlparser2 does', () => {
	const word = fc.constantFrom(
		'a',
		'b c',
		' ',
		'<',
		'>',
		'/',
		'=',
		'-',
		'!',
		'?',
		';',
		'&amp;',
		'&quot;',
		'&lt;',
		'&#39;',
		'&',
		'"',
		"'",
	);
	const text = fc.array(word, { maxLength: 6 }).map((parts) => parts.join(''));
	const tagName = fc.constantFrom(
		'div',
		'P',
		'i',
		'script',
		'SCRIPT',
		'style',
		'Style',
		'textarea',
		'title',
		'xmp',
		'span',
	);
	const attribute = fc
		.tuple(
			fc.constantFrom('style', 'STYLE', 'type', 'src', 'id', 'data-x'),
			fc.constantFrom('', '=', ' = '),
			fc.constantFrom('"', "'", ''),
			fc.array(
				fc.constantFrom(
					'a',
					' ',
					'module',
					'text/javascript',
					'json',
					'&amp;',
					'&quot;',
					'<',
					'>',
					'/',
					'=',
					'"',
					"'",
				),
				{ maxLength: 4 },
			),
		)
		.map(([name, equals, quote, value]) => {
			if (equals === '') return ` ${name}`;
			// A value can hold anything but its own quote; an unquoted one, no space or `>`, and
			// quotes only after its first character (a quote there would start a quoted value).
			const raw = quote
				? value.join('').replaceAll(quote, '')
				: value
						.join('')
						.replaceAll(/[\s>]/g, '')
						.replace(/^["']+/, '');
			return ` ${name}${equals}${quote}${quote === '' && raw === '' ? 'x' : raw}${quote}`;
		});
	const startTag = fc
		.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('', ' '))
		.map(([name, attributes, space]) => `<${name}${attributes.join('')}${space}>`);
	const piece = fc.oneof(
		text,
		startTag,
		tagName.map((name) => `</${name}>`),
		fc
			.tuple(text, fc.constantFrom('-->', '--!>'))
			.map(([inside, end]) => `<!--${inside.replace(/[->]/g, '')}x${end}`),
		fc.constant('<!DOCTYPE html>'),
	);
	const page = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

	test('on random markup: the same scripts, styles and style attributes', () => {
		fc.assert(
			fc.property(page, (html) => {
				expect(inlineSources(html)).toEqual(htmlparser2Sources(html));
			}),
			{ numRuns: 3000 },
		);
	});
});
