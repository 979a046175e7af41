import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { mainRange } from '../../src/build/main-range';
import { builtPages, dist } from './built-site';

/**
 * A search fetches the Pagefind index chunk of each word it asks for, so the size of one chunk
 * sets what a query of several words costs (the search budget is 150 KB for a whole query). The
 * build asks Pagefind for small chunks (astro.config.mjs); this fails if Pagefind stops honouring
 * that and the chunks grow back to its default of about 28 KB each.
 */
const CHUNK_LIMIT = 12_000;

const folder = join(dist, 'pagefind', 'index');
const chunks = readdirSync(folder).map((name) => ({
	name,
	bytes: statSync(join(folder, name)).size,
}));

test('the search index is cut into several chunks', () => {
	expect(chunks.length).toBeGreaterThan(1);
});

test(`every search index chunk is at most ${CHUNK_LIMIT / 1000} KB compressed`, () => {
	expect(chunks.filter(({ bytes }) => bytes > CHUNK_LIMIT)).toEqual([]);
});

/** What Pagefind writes before the JSON of each decompressed fragment. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The text of every page Pagefind indexed, by URL, as its fragments hold it. */
const indexedText = new Map(
	readdirSync(join(dist, 'pagefind', 'fragment')).map((file) => {
		const data = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', file))).toString('utf8');
		const fragment = JSON.parse(data.slice(FRAGMENT_SIGNATURE.length)) as {
			url: string;
			content: string;
		};
		return [fragment.url, fragment.content];
	}),
);

/**
 * Two words that a page shows apart, in separate boxes, rows or list items, with nothing but
 * tags between them ("Serving</dt><dd>FastAPI"). Pagefind treats some of those elements as inline,
 * so unless the markup puts a space between them it indexes one made-up word.
 */
const SPLIT_BY_BLOCK =
	/([\p{L}\p{N}]+)((?:<[^>]*>)*<\/?(?:dt|dd|dl|li|ul|ol|p|div|td|th|tr|h[1-6]|br|section)\b[^>]*>(?:<[^>]*>)*)([\p{L}\p{N}]+)/gu;

test('search never indexes two words a page shows apart as one', () => {
	const joined = builtPages().flatMap(({ path, html }) => {
		const words = new Set(indexedText.get(path)?.split(/[^\p{L}\p{N}]+/u));
		return [...html.slice(...mainRange(html)).matchAll(SPLIT_BY_BLOCK)]
			.map(([, before = '', , after = '']) => before + after)
			.filter((word) => words.has(word))
			.map((word) => `${path}: ${word}`);
	});
	expect(joined).toEqual([]);
});
