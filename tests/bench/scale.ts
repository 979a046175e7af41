/**
 * `npm run bench:scale`: how build time and the search index grow with content. For each size N
 * it copies the project into a throwaway folder inside the repository (so it resolves this
 * repository's node_modules), adds N synthetic roles, N pathways and N exercises, builds, and
 * records build time, pages, Pagefind's time and index size, and HTML per page.
 *
 * A synthetic entry is a copy of a real one (cycling through them) under a new id and title, so
 * it has a real entry's length, structure and references. This content never leaves
 * tests/.output/ and is never published.
 *
 * Usage: `npm run bench:scale -- --sizes 250,500,1000,2000 --runs 2` (the defaults). Each size is
 * built `runs` times and the fastest build kept, the one least slowed by whatever else the
 * machine was doing. Writes tests/.output/scale/report.md and report.json.
 */
import {
	cpSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type BuildResult, argument, repository, timedBuild } from './build.ts';

const output = join(repository, 'tests/.output/scale');
const site = join(output, 'site');

/** The collections that grow: one synthetic entry per size step in each. */
const GROWING = ['roles', 'pathways', 'exercises'] as const;

/** What the project copy needs to build: its code, config, static files and content. */
const PROJECT = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Pages the copy leaves out. Synthetic roles are not wired into the role finder's scoring; it is
 * one page, whose cost does not grow with the number of entries.
 */
const LEFT_OUT = ['src/pages/find-your-role.astro'];

/**
 * The one change the copy makes to the site's code: its recommender checks that no role is out of
 * everyone's top three (`unreachableRoles`) over no roles at all. A synthetic role is a copy of a
 * real one and ties with it, so most copies could never get there; the check is about real
 * content, and over every role it grows with the square of their number, which would hide how
 * the rest of the build grows. Every page that loads the recommender (every pathway page does)
 * would otherwise fail. If the code moves, the copy fails to prepare rather than measure
 * something else.
 */
const UNCHECKED_REACH = {
	file: 'src/recommender/collections.ts',
	find: 'const unreachable = unreachableRoles(model);',
	replace: 'const unreachable = unreachableRoles({ ...model, roles: [] });',
};

/** One measured size. */
interface ScaleRow extends BuildResult {
	/** Synthetic entries added to each growing collection. */
	added: number;
	/** Mean raw HTML bytes per page. */
	htmlPerPage: number;
	/** Pagefind's index chunks, and the largest: a search fetches one chunk per word. */
	chunks: number;
	largestChunk: number;
}

/** A copy of a content file with a new title: `title: X` becomes `title: "X (synthetic 12)"`. */
function synthetic(source: string, index: number): string {
	return source.replace(/^title: (.*)$/m, (_, title: string) => {
		const plain = title.trim().replace(/^(['"])(.*)\1$/, '$2');
		return `title: ${JSON.stringify(`${plain} (synthetic ${index})`)}`;
	});
}

/** Copies the project afresh and adds `count` synthetic entries to each growing collection. */
function prepare(count: number): void {
	rmSync(site, { recursive: true, force: true });
	mkdirSync(site, { recursive: true });
	for (const entry of PROJECT)
		cpSync(join(repository, entry), join(site, entry), { recursive: true });
	for (const page of LEFT_OUT) rmSync(join(site, page));
	const recommender = join(site, UNCHECKED_REACH.file);
	const code = readFileSync(recommender, 'utf8');
	if (!code.includes(UNCHECKED_REACH.find))
		throw new Error(`${UNCHECKED_REACH.file} no longer has "${UNCHECKED_REACH.find}" to change`);
	writeFileSync(recommender, code.replace(UNCHECKED_REACH.find, UNCHECKED_REACH.replace));
	for (const collection of GROWING) {
		const folder = join(site, 'content', collection);
		const originals = readdirSync(folder)
			.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
			.sort()
			.map((name) => ({
				extension: name.slice(name.lastIndexOf('.')),
				text: readFileSync(join(folder, name), 'utf8'),
			}));
		for (let index = 0; index < count; index += 1) {
			const original = originals[index % originals.length];
			if (!original) throw new Error(`content/${collection} has no entry to copy`);
			writeFileSync(
				join(folder, `synthetic-${index}${original.extension}`),
				synthetic(original.text, index),
			);
		}
	}
}

const runs = Math.max(1, Number(argument('runs', '2')));
const sizes = argument('sizes', '250,500,1000,2000')
	.split(',')
	.map(Number)
	.filter((size) => Number.isInteger(size) && size >= 0);
const rows: ScaleRow[] = [];
for (const added of [0, ...sizes.filter((size) => size > 0)]) {
	console.log(`Building with ${added} synthetic entries in each of ${GROWING.join(', ')}…`);
	prepare(added);
	const dist = join(site, 'dist');
	const builds = Array.from({ length: runs }, () =>
		timedBuild(site, dist, 'https://ai-career-atlas.example'),
	);
	const build = builds.reduce((fastest, next) => (next.ms < fastest.ms ? next : fastest));
	const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html'),
	);
	const htmlBytes = html.reduce((total, file) => total + statSync(join(dist, file)).size, 0);
	const htmlPerPage = Math.round(htmlBytes / html.length);
	const chunkSizes = readdirSync(join(dist, 'pagefind/index')).map(
		(file) => statSync(join(dist, 'pagefind/index', file)).size,
	);
	rows.push({
		added,
		htmlPerPage,
		chunks: chunkSizes.length,
		largestChunk: Math.max(...chunkSizes),
		...build,
	});
	console.log(`  ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);
}
rmSync(site, { recursive: true, force: true });

/** The cost of each page added since the previous size: the slope between two measurements. */
const marginal = rows.slice(1).map((row, index) => {
	const previous = rows[index];
	if (!previous) throw new Error('no previous row');
	const pages = row.pages - previous.pages;
	return {
		from: previous.pages,
		to: row.pages,
		msPerPage: Math.round((row.ms - previous.ms) / pages),
		indexBytesPerPage: Math.round((row.indexBytes - previous.indexBytes) / pages),
		pagefindMsPerPage: Math.round(((row.pagefindMs - previous.pagefindMs) / pages) * 10) / 10,
	};
});

/**
 * The least-squares line through (pages, value): `perPage` is the cost of one more page, and
 * `r2` how well a straight line explains the measurements (1 is a perfect line).
 */
function linearFit(points: readonly (readonly [number, number])[]) {
	const n = points.length;
	const meanX = points.reduce((total, [x]) => total + x, 0) / n;
	const meanY = points.reduce((total, [, y]) => total + y, 0) / n;
	const sxy = points.reduce((total, [x, y]) => total + (x - meanX) * (y - meanY), 0);
	const sxx = points.reduce((total, [x]) => total + (x - meanX) ** 2, 0);
	const perPage = sxy / sxx;
	const fixed = meanY - perPage * meanX;
	const residual = points.reduce((total, [x, y]) => total + (y - fixed - perPage * x) ** 2, 0);
	const spread = points.reduce((total, [, y]) => total + (y - meanY) ** 2, 0);
	return { fixed, perPage, r2: 1 - residual / spread };
}

const fits = {
	buildMs: linearFit(rows.map((r) => [r.pages, r.ms])),
	pagefindMs: linearFit(rows.map((r) => [r.pages, r.pagefindMs])),
	indexBytes: linearFit(rows.map((r) => [r.pages, r.indexBytes])),
	siteBytes: linearFit(rows.map((r) => [r.pages, r.totalBytes])),
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const markdown = [
	`Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:scale -- --sizes ${sizes.join(',')} --runs ${runs}\` (fastest of ${runs} builds per size).`,
	'',
	'| Synthetic entries per collection | Pages | Build | Per page | Pagefind | Search index | Index chunks (largest) | Whole site | HTML per page |',
	'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows.map(
		(r) =>
			`| ${r.added} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} s | ${Math.round(r.ms / r.pages)} ms | ${(r.pagefindMs / 1000).toFixed(1)} s | ${kb(r.indexBytes)} | ${r.chunks} (${kb(r.largestChunk)}) | ${kb(r.totalBytes)} | ${kb(r.htmlPerPage)} |`,
	),
	'',
	'| Pages added | Build time per added page | Pagefind time per added page | Index bytes per added page |',
	'| ---: | ---: | ---: | ---: |',
	...marginal.map(
		(m) =>
			`| ${m.from} → ${m.to} | ${m.msPerPage} ms | ${m.pagefindMsPerPage} ms | ${m.indexBytesPerPage} B |`,
	),
	'',
	'| Straight line through all sizes | Per page | Fixed | R² |',
	'| ---- | ---: | ---: | ---: |',
	`| Build time | ${round(fits.buildMs.perPage)} ms | ${round(fits.buildMs.fixed / 1000, 1)} s | ${round(fits.buildMs.r2, 3)} |`,
	`| Pagefind time | ${round(fits.pagefindMs.perPage, 1)} ms | ${round(fits.pagefindMs.fixed / 1000, 1)} s | ${round(fits.pagefindMs.r2, 3)} |`,
	`| Search index | ${round(fits.indexBytes.perPage)} B | ${kb(fits.indexBytes.fixed)} | ${round(fits.indexBytes.r2, 4)} |`,
	`| Whole site | ${kb(fits.siteBytes.perPage)} | ${kb(fits.siteBytes.fixed)} | ${round(fits.siteBytes.r2, 4)} |`,
].join('\n');

mkdirSync(output, { recursive: true });
writeFileSync(
	join(output, 'report.json'),
	`${JSON.stringify({ runs, rows, marginal, fits }, null, '\t')}\n`,
);
writeFileSync(join(output, 'report.md'), `${markdown}\n`);
console.log(`\n${markdown}\n\nWritten to ${join(output, 'report.md')} and report.json.`);
