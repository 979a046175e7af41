/**
 * `npm run bench:hostile` (after `npm run build`): how long each page that reads saved progress
 * or a link takes to be ready when the saved data or the link is hostile: a key or a field name
 * of 4 MB, 100,000 damaged entries, a newer version's document, a search link with 5,000 unknown
 * parameters (1.5 MB), a role-finder link of unknown settings, a `?roles=` of 1 MB. The target is
 * one second per page on the development machine.
 *
 * Serves a build folder (`--dist`, default `dist/`) with the site's own server on a free port and
 * drives Chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`). "Ready" is the end of the first
 * frame, layout included, after the page's island has drawn what it shows (the notice, the
 * results, the note), measured from the start of navigation with the page's own clock. Timings belong here, never in a test. Writes
 * `tests/.output/bench/hostile.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { freePort, serve } from '../../src/build/static-server.ts';
import { savedDocumentText } from '../fixtures/progress.ts';
import { PROGRESS_VERSION } from '../../src/progress/model.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '3' },
	},
});
const dist = resolve(values.dist);
const runs = Number(values.runs);
/** A page still not ready after this long is reported as such, and the run goes on. */
const GIVE_UP_MS = 120_000;
const KEY = 'ai-career-atlas:progress';

const fourMegabytes = 'K'.repeat(4_000_000);

/** Saved data a hostile or unlucky reader might have. */
const documents: Record<string, string> = {
	'a key of 4 MB': savedDocumentText({
		entries: { [`${fourMegabytes}/x`]: { state: 'done', updated: 1 } },
	}),
	'a field name of 4 MB': savedDocumentText({ [fourMegabytes]: true }),
	'100,000 damaged entries': savedDocumentText({
		entries: Object.fromEntries(
			Array.from({ length: 100_000 }, (_, index) => [`p/s${index}`, { state: 'x', updated: 1 }]),
		),
	}),
	'a newer version': JSON.stringify({
		format: 'ai-career-atlas-progress',
		version: PROGRESS_VERSION + 1,
		entries: { 'software-engineer-to-ml-engineer/ml-course': { state: 'done', updated: 1 } },
		plan: ['software-engineer-to-ml-engineer'],
		notes: { 'software-engineer-to-ml-engineer': 'n'.repeat(10_000) },
		worksheets: { rice: { features: [] } },
	}),
};

/** Pages that read saved progress, and what shows they are ready. */
const progressPages: [path: string, ready: string][] = [
	['/progress/', 'atlas-progress-page [data-content]:not([hidden])'],
	['/pathways/software-engineer-to-ml-engineer/', 'atlas-progress-panel [data-overall] progress'],
	['/pathways/', 'atlas-progress-index'],
	['/exercises/map-your-skills/', 'atlas-worksheet-matrix tbody tr'],
	['/find-your-role/#background=software_engineering', '#recommendations li'],
];

const junk = (count: number, size: number) =>
	Array.from({ length: count }, (_, index) => `p${index}=${'v'.repeat(size)}`).join('&');

/**
 * Hostile links, and what shows each page is ready. Each is measured beside the same address on
 * a page without islands (a role page), because a browser takes seconds over a page whose address
 * is megabytes long whatever the page does: the difference is the island's.
 */
const links: [name: string, path: string, ready: string][] = [
	[
		'search, 5,000 unknown parameters (1.5 MB)',
		`/search/?q=rag&${junk(5000, 290)}`,
		'atlas-search[data-mode="page"][data-state="done"]',
	],
	[
		'search, an ordinary query (for comparison)',
		'/search/?q=rag',
		'atlas-search[data-mode="page"][data-state="done"]',
	],
	[
		'search, a right-to-left override',
		'/search/?q=%E2%80%AEgar',
		'atlas-search[data-state="done"]',
	],
	[
		'role finder, 500 unknown settings',
		`/find-your-role/#background=software_engineering&${junk(500, 0)}`,
		'#recommendations li',
	],
	[
		'compare, ?roles= of 1 MB',
		`/compare/?roles=${'x,'.repeat(500_000)}ml-engineer`,
		'.atlas-compare-note:not([hidden])',
	],
];

/** Opens `path` and answers how long after navigation started `ready` was on screen. */
async function readyAfter(page: Page, path: string, ready: string): Promise<number> {
	await page.goto(path, { waitUntil: 'commit', timeout: GIVE_UP_MS });
	try {
		await page.waitForSelector(ready, { state: 'attached', timeout: GIVE_UP_MS });
		// The next frame, with its layout forced, then a task after it: a notice of megabytes
		// costs its time in layout, after the script that wrote it has finished.
		return await page.evaluate(
			() =>
				new Promise<number>((done) =>
					requestAnimationFrame(() => {
						void document.documentElement.scrollHeight;
						setTimeout(() => done(performance.now()));
					}),
				),
		);
	} catch {
		return Infinity;
	}
}

const median = (numbers: number[]) =>
	[...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;
const shown = (value: number) =>
	Number.isFinite(value) ? `${Math.round(value)} ms` : `> ${GIVE_UP_MS / 1000} s`;

const port = await freePort();
const site = await serve({ root: dist, port, gzip: true });
const browser = await chromium.launch({
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
const rows: string[] = [];
let slowest = 0;
const measure = async (what: string, path: string, ready: string, saved?: string) => {
	const times: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const context = await browser.newContext({ baseURL: site.origin });
		const page = await context.newPage();
		if (saved) {
			await page.goto('/404.html');
			await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, saved] as const);
		}
		times.push(await readyAfter(page, path, ready));
		await context.close();
		if (!Number.isFinite(times.at(-1) ?? 0)) break;
	}
	const value = median(times);
	slowest = Math.max(slowest, value);
	rows.push(
		`| ${what} | \`${path.length > 60 ? `${path.slice(0, 57)}…` : path}\` | ${shown(value)} |`,
	);
	console.log(`${what}, ${path.slice(0, 60)}: ${shown(value)}`);
};

try {
	for (const [path, ready] of progressPages) await measure('nothing saved', path, ready, '');
	for (const [name, saved] of Object.entries(documents)) {
		for (const [path, ready] of progressPages) await measure(`saved: ${name}`, path, ready, saved);
	}
	for (const [name, path, ready] of links) {
		await measure(`link: ${name}`, path, ready);
		const query = path.slice(path.search(/[?#]/));
		await measure(`the same address on a page without islands`, `/roles/${query}`, 'main h1');
	}
} finally {
	await browser.close();
	await site.close();
}

const report = [
	`Hostile input, ${dist}: median of ${runs} runs, from the start of navigation to the first frame with the island drawn.`,
	'',
	'| Input | Page | Ready |',
	'| ----- | ---- | ----: |',
	...rows,
	'',
	`Slowest: ${shown(slowest)} (target: 1,000 ms).`,
	'',
].join('\n');
const output = join(import.meta.dirname, '../.output/bench');
mkdirSync(output, { recursive: true });
writeFileSync(join(output, 'hostile.md'), report);
console.log(`\n${report}`);
