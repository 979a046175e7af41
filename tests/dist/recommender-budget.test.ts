import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtPages, dist } from './built-site';

/** The recommender island's budget: the JavaScript only its page loads, gzipped. */
const BUDGET_BYTES = 12 * 1024;

const pages = builtPages();
const recommender = pages.find((page) => page.path === '/find-your-role/');

/** A built script and every chunk it imports, as paths under `dist/`. */
function withImports(src: string, seen = new Set<string>()): Set<string> {
	if (seen.has(src)) return seen;
	seen.add(src);
	const code = readFileSync(join(dist, src), 'utf8');
	for (const [, chunk] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
		if (chunk) withImports(new URL(chunk, `https://x${src}`).pathname, seen);
	}
	return seen;
}

/** The scripts a page's HTML loads, without what they import. */
const scripts = (html: string) =>
	[...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+\.js)"/g)].flatMap(([, src]) => (src ? [src] : []));

/**
 * The island is the script only this page loads, with every chunk it imports, shared or not: the
 * progress store it pins pathways with is also on pathway pages, but this page downloads it too.
 */
test('the recommender island ships at most 12 KB of gzipped JavaScript, on its page only', () => {
	expect(recommender).toBeDefined();
	const elsewhere = new Set(
		pages.filter((page) => page !== recommender).flatMap((page) => scripts(page.html)),
	);
	const entries = scripts(recommender?.html ?? '').filter((src) => !elsewhere.has(src));
	expect(entries).not.toEqual([]);
	const own = [...new Set(entries.flatMap((src) => [...withImports(src)]))];
	const bytes = own.reduce(
		(total, src) => total + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length,
		0,
	);
	console.info(`recommender island: ${own.join(', ')}: ${bytes} bytes gzipped`);
	expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
});
