/**
 * `npm run bench`: builds the atlas and a default Starlight site with the same pages and text
 * (tests/bench/baseline.ts), then measures both side by side, in one run:
 *
 * - build time, per page;
 * - Lighthouse (mobile preset, Debian Chromium) on the home page, a role, a pathway, an
 *   exercise, and /find-your-role/ and /compare/ where they exist;
 * - bytes per kind of page (HTML, CSS and JS on load, gzipped).
 *
 * Every figure is given with the baseline's and their ratio. Writes tests/.output/bench/
 * report.json and report.md; `npm run bench -- --update-readme` also puts the figures in the
 * README's Performance section. Timings belong here, never in a test.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PageKind, builtPages, entryIds } from '../dist/built-site.ts';
import { type PageWeight, budgetKind, pageWeight } from '../dist/page-weight.ts';
import { writeBaseline } from './baseline.ts';
import { type BuildResult, repository, timedBuild } from './build.ts';
import { CATEGORIES, type LighthouseResult, audit, startChrome } from './lighthouse.ts';
import { freePort, serve } from '../../src/build/static-server.ts';

const output = join(repository, 'tests/.output/bench');
const baselineRoot = join(output, 'baseline');
const atlasDist = join(repository, 'dist');
const baselineDist = join(baselineRoot, 'dist');

/** Means of one kind of page's weights, for the atlas and the baseline. */
interface KindBytes {
	kind: PageKind | 'island';
	pages: number;
	atlas: Pick<PageWeight, 'html' | 'css' | 'js'>;
	baseline: Pick<PageWeight, 'html' | 'css' | 'js'>;
}

/** One measured page's Lighthouse results, atlas and baseline. */
interface PageScores {
	path: string;
	atlas: LighthouseResult;
	baseline: LighthouseResult;
}

const ratio = (atlas: number, baseline: number) => Math.round((atlas / baseline) * 100) / 100;
/** A page's bytes on load, HTML, CSS and JavaScript together: what a reader downloads to read it. */
const total = ({ html, css, js }: KindBytes['atlas']) => html + css + js;
const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The atlas's site title, description, and Astro and Starlight versions, for the baseline. */
function baselineOptions() {
	const config = readFileSync(join(repository, 'astro.config.mjs'), 'utf8');
	const title = /title:\s*'([^']+)'/.exec(config)?.[1] ?? 'AI Career Atlas';
	const description = /description:\s*\n?\s*'([^']+)'/.exec(config)?.[1] ?? '';
	const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const versions = {
		astro: manifest.dependencies['astro'] ?? '*',
		starlight: manifest.dependencies['@astrojs/starlight'] ?? '*',
	};
	return { title, description, versions };
}

console.log('Building the atlas…');
const atlasPort = await freePort();
const atlasBuild = timedBuild(repository, atlasDist, `http://127.0.0.1:${atlasPort}`);
const atlasPages = builtPages(atlasDist);

console.log('Writing and building the Starlight baseline with the same pages and text…');
writeBaseline(baselineRoot, atlasPages, {
	docs: join(repository, 'content/docs'),
	publicDir: join(repository, 'public'),
	...baselineOptions(),
});
const baselinePort = await freePort();
const baselineBuild = timedBuild(baselineRoot, baselineDist, `http://127.0.0.1:${baselinePort}`);
const baselinePages = new Map(builtPages(baselineDist).map((page) => [page.path, page]));

console.log('Weighing every page…');
const rows = atlasPages.flatMap((page) => {
	const twin = baselinePages.get(page.path);
	if (!twin) return [];
	const atlas = pageWeight(page, `http://127.0.0.1:${atlasPort}`, atlasDist);
	const baseline = pageWeight(twin, `http://127.0.0.1:${baselinePort}`, baselineDist);
	return [{ kind: budgetKind(atlas, page.path), atlas, baseline }];
});
const kinds = [...new Set(rows.map((row) => row.kind))].sort();
const bytes: KindBytes[] = kinds.map((kind) => {
	const ofKind = rows.filter((row) => row.kind === kind);
	const means = (side: 'atlas' | 'baseline') => ({
		html: mean(ofKind.map((row) => row[side].html)),
		css: mean(ofKind.map((row) => row[side].css)),
		js: mean(ofKind.map((row) => row[side].js)),
	});
	return { kind, pages: ofKind.length, atlas: means('atlas'), baseline: means('baseline') };
});

const measured = [
	'/',
	...[
		['roles', '/roles/'],
		['pathways', '/pathways/'],
		['exercises', '/exercises/'],
	].flatMap(([folder = '', prefix]) =>
		entryIds(folder)
			.slice(0, 1)
			.map((id) => `${prefix}${id}/`),
	),
	'/find-your-role/',
	'/compare/',
].filter((path) => atlasPages.some((page) => page.path === path));

console.log(`Running Lighthouse on ${measured.length} pages of each site…`);
const atlasSite = await serve({ root: atlasDist, port: atlasPort, gzip: true, headers: false });
const baselineSite = await serve({
	root: baselineDist,
	port: baselinePort,
	gzip: true,
	headers: false,
});
const chrome = await startChrome();
const scores: PageScores[] = [];
try {
	for (const path of measured) {
		const atlas = await audit(`${atlasSite.origin}${path}`, chrome.port);
		const baseline = await audit(`${baselineSite.origin}${path}`, chrome.port);
		console.log(`  ${path}: ${CATEGORIES.map((c) => atlas.scores[c]).join(' / ')}`);
		scores.push({ path, atlas, baseline });
	}
} finally {
	chrome.kill();
	await atlasSite.close();
	await baselineSite.close();
}

const perPage = (build: BuildResult) => Math.round(build.ms / build.pages);
const report = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
	build: { atlas: atlasBuild, baseline: baselineBuild },
	lighthouse: scores,
	bytes,
};

const scoreCell = (result: LighthouseResult) =>
	CATEGORIES.map((category) => result.scores[category]).join(' / ');
const bytesCell = (atlas: number, baseline: number) =>
	`${kb(atlas)} / ${kb(baseline)} (${ratio(atlas, baseline)}×)`;
const markdown = [
	`Measured ${report.date.slice(0, 10)} on ${report.machine}, by \`npm run bench\`.`,
	'Each figure: the atlas / the default Starlight baseline with the same pages and text (ratio).',
	'',
	'| Build | Pages | Time | Per page | Search index |',
	'| ----- | ----: | ---: | -------: | -----------: |',
	...(
		[
			['Atlas', atlasBuild],
			['Baseline', baselineBuild],
		] as const
	).map(
		([name, build]) =>
			`| ${name} | ${build.pages} | ${(build.ms / 1000).toFixed(1)} s | ${perPage(build)} ms | ${kb(build.indexBytes)} |`,
	),
	`| Ratio | | ${ratio(atlasBuild.ms, baselineBuild.ms)}× | ${ratio(perPage(atlasBuild), perPage(baselineBuild))}× | ${ratio(atlasBuild.indexBytes, baselineBuild.indexBytes)}× |`,
	'',
	'| Lighthouse (mobile): performance / accessibility / best practices / SEO | Atlas | Baseline | LCP atlas / baseline |',
	'| ---- | ---- | ---- | ---- |',
	...scores.map(
		(s) =>
			`| \`${s.path}\` | ${scoreCell(s.atlas)} | ${scoreCell(s.baseline)} | ${s.atlas.lcp} / ${s.baseline.lcp} ms |`,
	),
	'',
	'| Kind of page | Pages | HTML | CSS | JS on load | All three |',
	'| ------------ | ----: | ---- | --- | ---------- | --------- |',
	...bytes.map(
		(b) =>
			`| ${b.kind} | ${b.pages} | ${bytesCell(b.atlas.html, b.baseline.html)} | ${bytesCell(b.atlas.css, b.baseline.css)} | ${bytesCell(b.atlas.js, b.baseline.js)} | ${bytesCell(total(b.atlas), total(b.baseline))} |`,
	),
	'',
	...(scores.some((s) => s.atlas.failing.length > 0)
		? [
				'Audits not fully passed on a measured atlas page (its category may still score 100):',
				'',
				...scores.flatMap((s) => s.atlas.failing.map((f) => `- \`${s.path}\` ${f}`)),
			]
		: ['Every audit that counts toward a score passes on every measured atlas page.']),
].join('\n');

mkdirSync(output, { recursive: true });
writeFileSync(join(output, 'report.json'), `${JSON.stringify(report, null, '\t')}\n`);
writeFileSync(join(output, 'report.md'), `${markdown}\n`);
console.log(`\n${markdown}\n\nWritten to ${join(output, 'report.md')} and report.json.`);

if (process.argv.includes('--update-readme')) {
	const readme = join(repository, 'README.md');
	const text = readFileSync(readme, 'utf8');
	const start = '<!-- bench:start -->';
	const end = '<!-- bench:end -->';
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
	writeFileSync(
		readme,
		`${text.slice(0, from + start.length)}\n\n${markdown}\n\n${text.slice(to)}`,
	);
	spawnSync(join(repository, 'node_modules/.bin/prettier'), ['--write', readme]);
	console.log('README.md updated.');
}
