import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/**
 * The budget of the progress islands and the exercise worksheets, measured on the built site:
 * together under 10 KB gzipped on any page, and nothing of them on pages that do not use them.
 * For every page this reads the module scripts the HTML loads (inline or from `/_astro/`) and
 * follows their imports, static and dynamic, the way the browser would.
 */
const dist = resolve(import.meta.dirname, '../..', process.env['ATLAS_DIST'] ?? 'dist');
const BUDGET = 10 * 1024;
/** The islands' custom elements: progress (`atlas-progress-…`) and worksheets (`atlas-worksheet-…`). */
const ISLAND_ELEMENT = /atlas-(?:progress|worksheet)-[a-z-]+/;
/**
 * Elements of other islands that use the progress store (the role finder pins pathways to the
 * plan): their pages load its code, which counts against this budget there too.
 */
const STORE_USER = /atlas-recommender/;

/** A piece of JavaScript a page runs: an inline module script or a file under `/_astro/`. */
interface Unit {
	id: string;
	code: string;
}

const files = new Map<string, string>();
const file = (path: string): Unit => {
	const code = files.get(path) ?? readFileSync(join(dist, path), 'utf8');
	files.set(path, code);
	return { id: path, code };
};

/**
 * The `/_astro/` files a piece of code imports, resolved from where it is served. A dynamic import
 * of a computed path (Starlight's ``import(`${base}pagefind.js`)``) cannot be followed and is not
 * the islands' code.
 */
function importsOf(unit: Unit): string[] {
	const base = unit.id.startsWith('/') ? unit.id : '/';
	return [...unit.code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`]([^"'`$]+\.js)["'`]/g)]
		.map((match) => new URL(match[1] ?? '', `http://site${base}`).pathname)
		.filter((path) => path.startsWith('/_astro/'));
}

/** The module scripts a page's HTML names itself, inline or by `src`. */
function entriesOf(html: string): Unit[] {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
		([, attributes]) => /type="module"/.test(attributes ?? ''),
	);
	return scripts.map(([, attributes, code], index): Unit => {
		const src = /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1];
		return src ? file(src) : { id: `inline ${index}`, code: code ?? '' };
	});
}

/** Every unit a page runs: its module scripts and everything they import, each once. */
function unitsOf(html: string): Unit[] {
	const queue = entriesOf(html);
	const seen = new Map<string, Unit>();
	while (queue.length > 0) {
		const unit = queue.shift();
		if (!unit || seen.has(unit.id)) continue;
		seen.set(unit.id, unit);
		queue.push(...importsOf(unit).map(file));
	}
	return [...seen.values()];
}

/** Every built page with the units it runs. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('.html'))
	.map((name) => {
		const html = readFileSync(join(dist, name), 'utf8');
		return { path: `/${name}`, html, units: unitsOf(html), entries: entriesOf(html) };
	});

/** The islands' code: units defining one of their elements, and all they import. */
const islandIds = new Set<string>();
for (const page of pages) {
	const entries = page.units.filter((unit) => ISLAND_ELEMENT.test(unit.code));
	const reachable = (unit: Unit): string[] => [
		unit.id,
		...importsOf(unit).flatMap((id) => reachable(file(id))),
	];
	for (const entry of entries) for (const id of reachable(entry)) islandIds.add(id);
}

/**
 * Code that another feature's script loads too (the header search shares the site's small
 * formatting helpers, for example). It still counts against the islands' budget where they load
 * it, but a page that loads it for that other feature is not loading the islands' code.
 */
const sharedIds = new Set<string>();
for (const page of pages) {
	const queue = page.entries.filter((entry) => {
		const reached = new Set<string>();
		const visit = (unit: Unit) => {
			if (reached.has(unit.id)) return;
			reached.add(unit.id);
			importsOf(unit).forEach((id) => visit(file(id)));
		};
		visit(entry);
		return ![...reached].some((id) => {
			const { code } = id === entry.id ? entry : file(id);
			return ISLAND_ELEMENT.test(code) || STORE_USER.test(code);
		});
	});
	while (queue.length > 0) {
		const unit = queue.shift();
		if (!unit || sharedIds.has(unit.id)) continue;
		sharedIds.add(unit.id);
		queue.push(...importsOf(unit).map(file));
	}
}

const gzipped = (units: readonly Unit[]) =>
	units.reduce((total, unit) => total + gzipSync(unit.code, { level: 9 }).length, 0);
const islandBytes = (page: (typeof pages)[number]) =>
	gzipped(page.units.filter((unit) => islandIds.has(unit.id)));
const usesIslands = (html: string) =>
	new RegExp(`<(?:${ISLAND_ELEMENT.source}|${STORE_USER.source})`).test(html);

describe('progress islands and worksheets', () => {
	const withIslands = pages.filter((page) => usesIslands(page.html));
	const without = pages.filter((page) => !usesIslands(page.html));

	test('are found: pathway, exercise, index, progress and role finder pages use them', () => {
		const paths = withIslands.map((page) => page.path);
		for (const expected of [
			'pathways/software-engineer-to-ml-engineer/index.html',
			'exercises/map-your-skills/index.html',
			'exercises/rice-for-ai-features/index.html',
			'pathways/index.html',
			'exercises/index.html',
			'progress/index.html',
			'progress/backup/index.html',
			'find-your-role/index.html',
		]) {
			expect(paths).toContain(`/${expected}`);
		}
		for (const page of withIslands) expect(islandBytes(page), page.path).toBeGreaterThan(0);
	});

	test.each(withIslands.map((page) => [page.path, islandBytes(page)] as const))(
		'%s loads %i bytes of them, gzipped, under 10 KB',
		(_, bytes) => {
			expect(bytes).toBeLessThan(BUDGET);
		},
	);

	test('pages that do not use them load none of their code', () => {
		expect(without.length).toBeGreaterThan(0);
		const leaks = without.flatMap((page) =>
			page.units
				.filter((unit) => islandIds.has(unit.id) && !sharedIds.has(unit.id))
				.map((unit) => `${page.path}: ${unit.id}`),
		);
		expect(leaks).toEqual([]);
	});
});
