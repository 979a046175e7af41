/**
 * `npm run bench`: builds the atlas and a default Starlight site with the same pages and text
 * (tests/bench/baseline.ts), then measures both side by side, in one run:
 *
 * - build time and processor time, per page: the atlas once with no preview image cached (a
 *   first build), then the atlas and the baseline in turn `--runs` times (5 unless given: on a
 *   shared machine one build in two may be slowed by a second or more), the fastest of each kept;
 * - Lighthouse (mobile preset, Debian Chromium) on the home page, a role, a pathway, an
 *   exercise, the exercises index, /progress/, /find-your-role/ and /compare/ where they exist,
 *   Cumulative Layout Shift included;
 * - bytes per kind of page (HTML, CSS and JS on load, gzipped).
 *
 * Pages that exist only for readers without JavaScript (marked with `NO_SCRIPT_PAGE_META`) are
 * left out of the baseline and of the comparison, and reported on a line of their own with what
 * they cost. Every other figure is given with the baseline's and their ratio. Writes
 * tests/.output/bench/report.json and report.md; `npm run bench -- --update-readme` also puts
 * the figures in the README's Performance section. Timings belong here, never in a test.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NO_SCRIPT_PAGE_META } from '../../src/lib/no-script-page.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../src/atlas/site-sections.ts';
import { previewImageCacheDir } from '../../src/build/og/preview-image-cache.ts';
import {
	type BuiltPage,
	type PageKind,
	builtPages,
	documentOf,
	entryIds,
} from '../dist/built-site.ts';
import { type PageWeight, budgetKind, gzipSize, pageWeight } from '../dist/page-weight.ts';
import { writeBaseline } from './baseline.ts';
import { type BuildResult, argument, pairedRatios, repository, timedBuild } from './build.ts';
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
	const manifest = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const versions = {
		astro: manifest.dependencies['astro'] ?? '*',
		starlight: manifest.dependencies['@astrojs/starlight'] ?? '*',
	};
	return { title: SITE_TITLE, description: SITE_DESCRIPTION, versions };
}

/** Whether a page exists only for readers without JavaScript (see `NO_SCRIPT_PAGE_META`). */
const forNoScript = (page: BuiltPage) =>
	documentOf(page).querySelector(
		`meta[name="${NO_SCRIPT_PAGE_META.name}"][content="${NO_SCRIPT_PAGE_META.content}"]`,
	) !== null;

/**
 * The least wall-clock and processor time among builds of one site (the runs least slowed by
 * other work on the machine), less what `leftOut` says a build spent on pages not compared.
 */
function fastest(
	builds: readonly BuildResult[],
	leftOut: (build: BuildResult) => number = () => 0,
): BuildResult {
	const [first] = builds;
	if (!first) throw new Error('No build was measured.');
	return {
		...first,
		ms: Math.min(...builds.map((build) => build.ms - leftOut(build))),
		cpuMs: Math.min(...builds.map((build) => build.cpuMs - leftOut(build))),
	};
}

const runs = Math.max(1, Number(argument('runs', '5')));

// The atlas does not set `cacheDir`, so Astro's cache is node_modules/.astro/.
const previewImages = previewImageCacheDir(
	new URL('node_modules/.astro/', pathToFileURL(`${repository}/`)),
);
console.log('Building the atlas with no preview image cached, as a first build does…');
rmSync(previewImages, { recursive: true, force: true });
const atlasPort = await freePort();
const atlasOrigin = `http://127.0.0.1:${atlasPort}`;
const firstBuild = timedBuild(repository, atlasDist, atlasOrigin);
const allAtlasPages = builtPages(atlasDist);
const noScriptPages = allAtlasPages.filter(forNoScript);
const atlasPages = allAtlasPages.filter((page) => !forNoScript(page));

console.log('Writing the Starlight baseline with the same pages and text…');
writeBaseline(baselineRoot, atlasPages, {
	docs: join(repository, 'content/docs'),
	publicDir: join(repository, 'public'),
	...baselineOptions(),
});
const baselinePort = await freePort();
const atlasBuilds: BuildResult[] = [];
const baselineBuilds: BuildResult[] = [];
for (let run = 1; run <= runs; run += 1) {
	console.log(`Building the baseline and the atlas, run ${run} of ${runs}…`);
	baselineBuilds.push(timedBuild(baselineRoot, baselineDist, `http://127.0.0.1:${baselinePort}`));
	atlasBuilds.push(timedBuild(repository, atlasDist, atlasOrigin));
}
const baselinePages = new Map(builtPages(baselineDist).map((page) => [page.path, page]));

/** Render time Astro reported for some paths of a build. */
const renderMs = (build: BuildResult, paths: readonly string[]) =>
	paths.reduce((total, path) => total + (build.routeMs[path] ?? 0), 0);
const noScriptPaths = noScriptPages.map((page) => page.path);
const previewImagePaths = (build: BuildResult) =>
	Object.keys(build.routeMs).filter((path) => path.startsWith('/og/'));

/**
 * The atlas without its pages for readers without JavaScript (their render time taken off the
 * wall-clock and processor times alike), beside the baseline, which never had them.
 */
const atlasBuild: BuildResult = {
	...fastest(atlasBuilds, (build) => renderMs(build, noScriptPaths)),
	pages: atlasPages.length,
};
const baselineBuild = fastest(baselineBuilds);
const paired = pairedRatios(
	atlasBuilds.map((build) => build.ms - renderMs(build, noScriptPaths)),
	baselineBuilds.map((build) => build.ms),
);
const firstImages = previewImagePaths(firstBuild);

console.log('Weighing every page…');
const rows = atlasPages.flatMap((page) => {
	const twin = baselinePages.get(page.path);
	if (!twin) return [];
	const atlas = pageWeight(page, atlasOrigin, atlasDist);
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
	'/exercises/',
	'/progress/',
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
const noScript = {
	pages: noScriptPaths,
	renderMs: Math.min(...atlasBuilds.map((build) => renderMs(build, noScriptPaths))),
	htmlBytes: noScriptPages.reduce((sum, page) => sum + gzipSize(page.html), 0),
};
/**
 * The role finder's prebuilt results for readers without JavaScript have no page of their own:
 * they are markup inside the finder's `<noscript>` and a stylesheet that shows the one matching
 * the ticked answers. Their cost is the render time of those two files and what they add to the
 * finder's HTML.
 */
const FINDER_PATH = '/find-your-role/';
const finder = allAtlasPages.find((page) => page.path === FINDER_PATH);
const prebuiltResults = finder && {
	results: finder.html.match(/class="atlas-quick-result"/g)?.length ?? 0,
	renderMs: Math.min(
		...atlasBuilds.map((build) =>
			renderMs(build, [FINDER_PATH, `${FINDER_PATH}without-script.css`]),
		),
	),
	htmlBytes: gzipSize(finder.html),
	htmlBytesWithoutThem: gzipSize(finder.html.replace(/<noscript\b[\s\S]*?<\/noscript>/g, '')),
};
const report = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
	runs,
	build: {
		atlas: atlasBuild,
		baseline: baselineBuild,
		first: firstBuild,
		runs: { atlasBuilds, baselineBuilds },
		paired,
	},
	noScript,
	prebuiltResults,
	lighthouse: scores,
	bytes,
};

const scoreCell = (result: LighthouseResult) =>
	CATEGORIES.map((category) => result.scores[category]).join(' / ');
const bytesCell = (atlas: number, baseline: number) =>
	`${kb(atlas)} / ${kb(baseline)} (${ratio(atlas, baseline)}×)`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const firstImagesMs = renderMs(firstBuild, firstImages);
const markdown = [
	`Measured ${report.date.slice(0, 10)} on ${report.machine}, by \`npm run bench\`.`,
	'Each figure: the atlas / the default Starlight baseline with the same pages and text (ratio).',
	'',
	`| Build (fastest of ${runs}) | Pages | Time | Processor time | Per page | Search index |`,
	'| ----- | ----: | ---: | ---: | -------: | -----------: |',
	...(
		[
			['Atlas', atlasBuild],
			['Baseline', baselineBuild],
		] as const
	).map(
		([name, build]) =>
			`| ${name} | ${build.pages} | ${seconds(build.ms)} | ${seconds(build.cpuMs)} | ${perPage(build)} ms | ${kb(build.indexBytes)} |`,
	),
	`| Ratio | | ${ratio(atlasBuild.ms, baselineBuild.ms)}× | ${ratio(atlasBuild.cpuMs, baselineBuild.cpuMs)}× | ${ratio(perPage(atlasBuild), perPage(baselineBuild))}× | ${ratio(atlasBuild.indexBytes, baselineBuild.indexBytes)}× |`,
	'',
	`- Run by run, the baseline built then the atlas, the atlas took ${paired.ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} the baseline's time: ${paired.median.toFixed(2)}× at the median.`,
	`- A first build, with no preview image cached, took ${seconds(firstBuild.ms)} (${seconds(firstBuild.cpuMs)} of processor time), of which ${seconds(firstImagesMs)} drawing ${firstImages.length} preview images; later builds redraw only the cards whose text changed.`,
	noScript.pages.length === 0
		? '- Pages for readers without JavaScript: none.'
		: `- Pages for readers without JavaScript, not counted above: ${noScript.pages.length}, rendered in ${seconds(noScript.renderMs)}, ${kb(noScript.htmlBytes)} of HTML (gzipped) in all.`,
	...(prebuiltResults
		? [
				`- The role finder's ${prebuiltResults.results} prebuilt results for readers without JavaScript live inside \`${FINDER_PATH}\` (counted above): it and their stylesheet render in ${prebuiltResults.renderMs} ms, and its HTML is ${kb(prebuiltResults.htmlBytes)} gzipped, ${kb(prebuiltResults.htmlBytesWithoutThem)} without them.`,
			]
		: []),
	'',
	'| Lighthouse (mobile): performance / accessibility / best practices / SEO | Atlas | Baseline | LCP atlas / baseline | CLS atlas / baseline |',
	'| ---- | ---- | ---- | ---- | ---- |',
	...scores.map(
		(s) =>
			`| \`${s.path}\` | ${scoreCell(s.atlas)} | ${scoreCell(s.baseline)} | ${s.atlas.lcp} / ${s.baseline.lcp} ms | ${s.atlas.cls} / ${s.baseline.cls} |`,
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
