/**
 * Search benchmark: `npm run bench:search` (after `npm run build`). Serves dist/ with
 * `astro preview` on ATLAS_PORT (default 4330) and drives Chromium through every query of the
 * relevance set (tests/e2e/relevance.json), on the search page and in the header dialog:
 *
 * - bytes: the compressed response bodies of search JavaScript (every /_astro/ script) and of
 *   Pagefind's files (engine, index chunks, filters, fragments) fetched for one whole query on a
 *   fresh page with an empty cache; the budget is 150 KB;
 * - time: from the last keystroke to the results being on screen, typing as a reader does
 *   (the first query on a fresh page, when Pagefind still has to load, and later ones); the
 *   target is 300 ms.
 *
 * Times depend on the machine, so they are measured here and reported in the README, never
 * asserted in tests. Runs with Node 24 (type stripping), which `npm run` puts on the PATH.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

interface Query {
	query: string;
	expect: string;
}

const port = Number(process.env['ATLAS_PORT'] ?? 4330);
const base = `http://127.0.0.1:${port}`;
const budget = 150_000;
const target = 300;
const { queries } = JSON.parse(
	readFileSync(new URL('../e2e/relevance.json', import.meta.url), 'utf8'),
) as { queries: Query[] };

/** Where a query is typed: the search page, or the dialog opened from another page. */
type Place = 'page' | 'dialog';

const server = spawn(
	'astro',
	['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
	{ stdio: 'ignore' },
);

async function waitForServer(): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`${base}/`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro preview did not answer on ${base}`);
}

/** Opens the search box in `place`, ready for typing. */
async function openSearch(page: Page, place: Place) {
	if (place === 'page') {
		await page.goto(`${base}/search/`);
	} else {
		await page.goto(`${base}/roles/`);
		await page.getByRole('button', { name: 'Search' }).click();
	}
	await page.locator(`${selectors[place]} input[name="q"]`).waitFor();
}

const selectors: Record<Place, string> = {
	page: 'atlas-search[data-mode="page"]',
	dialog: 'atlas-search[data-mode="dialog"]',
};

/** The clock the page keeps: the last keydown, and when the results for each query were painted. */
interface Clock {
	lastKey: number;
	painted: Map<string, number>;
}

/** Starts the page's clock: keydowns, and the search form's `data-state` turning to "done". */
async function instrument(page: Page, place: Place): Promise<void> {
	await page.evaluate((selector) => {
		const clock = window as unknown as Clock;
		const element = document.querySelector<HTMLElement>(selector);
		if (!element) throw new Error(`no ${selector} on the page`);
		clock.painted = new Map();
		document.addEventListener('keydown', () => (clock.lastKey = performance.now()), true);
		new MutationObserver(() => {
			if (element.dataset['state'] === 'done') {
				clock.painted.set(element.dataset['query'] ?? '', performance.now());
			}
		}).observe(element, { attributes: true, attributeFilter: ['data-state'] });
	}, selectors[place]);
}

/**
 * Types a query with a short pause between keys and returns the milliseconds from the last
 * keydown to the moment the results for it were painted, both timed inside the page.
 */
async function timeQuery(page: Page, place: Place, query: string): Promise<number> {
	const box = page.locator(`${selectors[place]} input[name="q"]`);
	await box.fill('');
	await page.evaluate(() => (window as unknown as Clock).painted.clear());
	await box.pressSequentially(query, { delay: 60 });
	const key = query.trim().replace(/\s+/g, ' ');
	await page.waitForFunction((text) => (window as unknown as Clock).painted.has(text), key);
	return page.evaluate((text) => {
		const clock = window as unknown as Clock;
		return (clock.painted.get(text) ?? Number.NaN) - clock.lastKey;
	}, key);
}

/** What a fetched file is: Pagefind's engine, its index chunks, result fragments, or site script. */
type Part = 'engine' | 'index' | 'fragments' | 'script';

/** Bytes fetched for one query, in all and by part. */
type Bytes = Record<Part | 'total', number>;

function partOf(path: string): Part | undefined {
	if (path.startsWith('/pagefind/index/')) return 'index';
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/')) return 'engine';
	if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'script';
	return undefined;
}

/**
 * Bytes of search JS and Pagefind files fetched for one query on a fresh page with an empty
 * cache: the query arrives whole (a link to /search/, or pasted into the dialog), so partial
 * queries typed on the way do not count.
 */
async function bytesForQuery(browser: Browser, place: Place, query: string): Promise<Bytes> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<[Part, number]>[] = [];
	page.on('requestfinished', (request) => {
		const part = partOf(new URL(request.url()).pathname);
		if (part) sizes.push(request.sizes().then((size) => [part, size.responseBodySize]));
	});
	const key = query.trim().replace(/\s+/g, ' ');
	if (place === 'page') {
		await page.goto(`${base}/search/?${new URLSearchParams({ q: query }).toString()}`);
	} else {
		await openSearch(page, place);
		await page.locator(`${selectors[place]} input[name="q"]`).fill(query);
	}
	await page
		.locator(`${selectors[place]}[data-state="done"][data-query=${JSON.stringify(key)}]`)
		.waitFor();
	await page.waitForLoadState('networkidle');
	const bytes: Bytes = { total: 0, engine: 0, index: 0, fragments: 0, script: 0 };
	for (const [part, size] of await Promise.all(sizes)) {
		bytes[part] += size;
		bytes.total += size;
	}
	await context.close();
	return bytes;
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
	});
	let failed = false;
	for (const place of ['page', 'dialog'] as const) {
		const measured: { query: string; bytes: Bytes }[] = [];
		for (const { query } of queries) {
			measured.push({ query, bytes: await bytesForQuery(browser, place, query) });
		}
		const totals = measured.map((entry) => entry.bytes.total);
		const within = totals.filter((total) => total < budget).length;
		const largest = measured.reduce((max, entry) =>
			entry.bytes.total > max.bytes.total ? entry : max,
		);
		const parts = (bytes: Bytes) =>
			`engine ${kb(bytes.engine)}, index ${kb(bytes.index)}, fragments ${kb(bytes.fragments)}, script ${kb(bytes.script)}`;
		console.log(
			`${place}: bytes per query (${queries.length} queries, cold cache): median ${kb(percentile(totals, 50))}, ` +
				`${within} of ${queries.length} under the ${kb(budget)} budget; largest ${kb(largest.bytes.total)} ` +
				`("${largest.query}": ${parts(largest.bytes)})`,
		);
		failed ||= within < queries.length;

		const context = await browser.newContext();
		const page = await context.newPage();
		await openSearch(page, place);
		await instrument(page, place);
		const first = await timeQuery(page, place, queries[0]?.query ?? 'MLE');
		const warm: number[] = [];
		for (const { query } of queries.slice(1)) warm.push(await timeQuery(page, place, query));
		console.log(
			`${place}: last keystroke to results: first query ${ms(first)}, then median ${ms(percentile(warm, 50))}, ` +
				`p95 ${ms(percentile(warm, 95))}, slowest ${ms(Math.max(...warm))} (target ${target} ms)`,
		);
		await context.close();
	}
	await browser.close();
	return failed;
}

main()
	.then((failed) => {
		server.kill();
		if (failed) {
			console.error(`Some queries fetched ${kb(budget)} or more.`);
			process.exitCode = 1;
		}
	})
	.catch((error: unknown) => {
		server.kill();
		console.error(error);
		process.exitCode = 1;
	});
