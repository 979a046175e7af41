import { describe, expect, test } from 'vitest';
import {
	describeResults,
	excerptParts,
	type PagefindResult,
	resultLabel,
	safeHref,
	sectionLinks,
} from './results';

describe('excerptParts', () => {
	test('splits marked and plain text and decodes entities', () => {
		expect(
			excerptParts('run <mark>A/B</mark> tests &amp; ship &lt;fast&gt; &#39;now&#x27;'),
		).toEqual([
			{ text: 'run ', marked: false },
			{ text: 'A/B', marked: true },
			{ text: " tests & ship <fast> 'now'", marked: false },
		]);
	});

	test('never lets markup through: escaped tags stay text, real tags other than mark go', () => {
		expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;<b>bold</b><MARK>hit</MARK>')).toEqual([
			{ text: '<img src=x onerror=alert(1)>bold', marked: false },
			{ text: 'hit', marked: true },
		]);
		expect(excerptParts('&bogus; &#0; &#x110000;')).toEqual([
			{ text: '&bogus; &#0; &#x110000;', marked: false },
		]);
	});
});

describe('resultLabel', () => {
	test('joins the labels a page carries, kind first', () => {
		expect(resultLabel({ title: 'x', level: 'Beginner', type: 'Exercise' })).toBe(
			'Exercise · Beginner',
		);
		expect(resultLabel({ title: 'x', names: 'ML Engineer' })).toBe('');
	});
});

describe('sectionLinks', () => {
	const sub = (title: string, element?: string) => ({
		title,
		url: `/p/#${title}`,
		excerpt: '',
		...(element && { anchor: { element, id: title } }),
	});
	const result: PagefindResult = {
		url: '/p/',
		excerpt: '',
		content: '',
		meta: {},
		sub_results: [
			sub('top'),
			sub('title', 'h1'),
			sub('a', 'h2'),
			sub('b', 'h3'),
			sub('c', 'h2'),
			sub('d', 'h2'),
		],
	};

	test('links matching headings below the title, at most three', () => {
		expect(sectionLinks(result).map((section) => section.title)).toEqual(['a', 'b', 'c']);
	});
});

describe('safeHref', () => {
	test('accepts paths on this site only', () => {
		expect(safeHref('/roles/ml-engineer/#tools')).toBe('/roles/ml-engineer/#tools');
		expect(safeHref('//evil.test/')).toBeUndefined();
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref('https://evil.test/')).toBeUndefined();
		expect(safeHref('/\\evil.test')).toBeUndefined();
	});
});

describe('describeResults', () => {
	test('counts results, quotes the words and filters, and says what to try after none', () => {
		expect(describeResults('mle', 0, 1)).toBe('1 result for “\u2068mle\u2069”.');
		expect(describeResults('rag', 2, 0)).toBe(
			'No results for “\u2068rag\u2069” with 2 filters. Try other words, or fewer filters.',
		);
		expect(describeResults('zzz', 0, 0)).toBe('No results for “\u2068zzz\u2069”. Try other words.');
		expect(describeResults('', 1, 9)).toBe('9 results with 1 filter.');
	});

	test('isolates right-to-left words, so the sentence around them keeps its order', () => {
		expect(describeResults('שלום 2', 0, 0)).toBe(
			'No results for “\u2068שלום 2\u2069”. Try other words.',
		);
	});
});
