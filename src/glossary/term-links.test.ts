import { describe, expect, test } from 'vitest';
import { linkFirstTerms } from './term-links';
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
