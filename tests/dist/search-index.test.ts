import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dist } from './built-site';

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
