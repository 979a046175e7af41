import fc from 'fast-check';
import { type HTMLElement, NodeType, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { validMarkup } from '../../tests/fixtures/markup';
import { linkFirstTerms, proseRuns } from './term-links';
import { termMatchers } from './terms';

const matchers = termMatchers([
	{ id: 'rag', data: { term: 'RAG', aliases: [] } },
	{ id: 'llm', data: { term: 'LLM', aliases: ['large language model'] } },
]);
const href = (id: string) => `/glossary/#${id}`;
const page = (content: string) =>
	`<html><head><script>const RAG = 1;</script></head><body><main><h1>RAG</h1>` +
	`<div class="sl-markdown-content">${content}</div></main></body></html>`;

describe('linkFirstTerms', () => {
	test('links the first use of each term in the content and leaves the rest of the page alone', () => {
		const html = page('<p>Run <em>RAG</em> on an LLM. RAG again, LLMs again.</p>');
		expect(linkFirstTerms(html, matchers, href)).toBe(
			page(
				'<p>Run <em><a href="/glossary/#rag" class="atlas-term-link">RAG</a></em> on an ' +
					'<a href="/glossary/#llm" class="atlas-term-link">LLM</a>. RAG again, LLMs again.</p>',
			),
		);
	});

	test('never links inside links, headings, code, definitions or islands', () => {
		const html = page(
			'<h2>RAG</h2><p><a href="/x/">RAG</a> <code>RAG</code> <dfn>RAG</dfn></p>' +
				'<div class="not-content"><p>RAG</p></div><p>Then RAG.</p>',
		);
		const linked = linkFirstTerms(html, matchers, href);
		expect(linked.match(/atlas-term-link/g)).toHaveLength(1);
		expect(linked).toContain(
			'<p>Then <a href="/glossary/#rag" class="atlas-term-link">RAG</a>.</p>',
		);
	});

	test('finds a name only within one run of text, never across elements', () => {
		const html = page('<p>A large <em>language</em> model.</p><p>A large language model.</p>');
		expect(linkFirstTerms(html, matchers, href)).toBe(
			page(
				'<p>A large <em>language</em> model.</p><p>A ' +
					'<a href="/glossary/#llm" class="atlas-term-link">large language model</a>.</p>',
			),
		);
	});

	test('keeps escaped text as it was', () => {
		const html = page('<p>Tom &amp; Jerry use a large language model &lt;here&gt;</p>');
		expect(linkFirstTerms(html, matchers, href)).toContain(
			'Tom &amp; Jerry use a <a href="/glossary/#llm" class="atlas-term-link">large language model</a> &lt;here&gt;',
		);
	});

	test('a page without main content comes back unchanged', () => {
		const html = '<html><body><p>RAG</p></body></html>';
		expect(linkFirstTerms(html, matchers, href)).toBe(html);
	});
});

describe('linkFirstTerms and fallbacks', () => {
	test('never links inside a fallback for readers without script', () => {
		const html = page('<noscript><p>Turn on RAG.</p></noscript><p>RAG.</p>');
		expect(linkFirstTerms(html, matchers, href)).toContain(
			'<noscript><p>Turn on RAG.</p></noscript><p><a href="/glossary/#rag"',
		);
	});
});

/**
 * The runs of prose as node-html-parser's tree gives them, as `proseRuns` once found them: the
 * oracle the scanner must agree with.
 */
function parsedRuns(html: string): [number, number][] | undefined {
	const skippedTags = new Set([
		'a',
		'h2',
		'code',
		'pre',
		'script',
		'style',
		'svg',
		'button',
		'textarea',
	]);
	const content = parse(html, { comment: true }).querySelector('.sl-markdown-content');
	if (!content) return undefined;
	const runs: [number, number][] = [];
	const walk = (element: HTMLElement) => {
		for (const child of element.childNodes) {
			if (child.nodeType === NodeType.TEXT_NODE) runs.push([...child.range]);
			else if (child.nodeType === NodeType.ELEMENT_NODE) {
				const inner = child as HTMLElement;
				const skipped =
					skippedTags.has(inner.rawTagName.toLowerCase()) ||
					inner.classList.contains('not-content') ||
					inner.hasAttribute('hidden');
				if (!skipped) walk(inner);
			}
		}
	};
	walk(content);
	return runs.filter(([start, end]) => end > start);
}

describe('proseRuns reads markup as a parser does', () => {
	const markup = validMarkup({
		words: ['RAG', ' ', 'a b', '1 < 2', '>', '&amp;', '&lt;p&gt;', '"', "'", '/'],
		// One of each attribute at most: a page with two of one name is not valid HTML, and there
		// the parser keeps the last where browsers, and `proseRuns`, keep the first.
		attributes: fc
			.tuple(
				fc.constantFrom('', ' class="not-content"', ' class="x  not-content y"', " class='note'"),
				fc.constantFrom('', ' hidden'),
				fc.constantFrom('', ' title="a > b"', " data-x='</p>'", ' id=x'),
			)
			.map((parts) => parts.join('')),
		leaves: [
			'<br>',
			'<br/>',
			'<img src="x.png" alt="RAG">',
			'<img class="not-content" src="x.png" alt="">',
			'<input hidden>',
			'<!-- RAG -->',
			'<svg viewBox="0 0 1 1"><path d="M0 0"/><title>RAG</title></svg>',
			'<script>if (1 < 2) document.write("</p>RAG")</script>',
		],
		textBlocks: ['p', 'h2', 'pre'],
	});

	test('finds the same runs of text as node-html-parser, on random markup', () => {
		fc.assert(
			fc.property(markup, markup, (inside, after) => {
				const html =
					`<main><h1>RAG</h1><div class="x sl-markdown-content">${inside}</div>` +
					`<p>${after}</p></main>`;
				expect(proseRuns(html, 0, html.length)).toEqual(parsedRuns(html));
			}),
			{ numRuns: 2000 },
		);
	});

	test('finds no runs on a page without Markdown content', () => {
		expect(proseRuns('<main><p>RAG</p></main>', 0, 23)).toBeUndefined();
	});
});
