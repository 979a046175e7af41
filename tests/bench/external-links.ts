/**
 * Lists every external link of the built site with its HTTP status, when a network is there.
 * A report, not a gate: it never fails, because the web changes without the site changing and
 * builds run offline. Internal links are a gate (tests/dist/links.test.ts).
 *
 * Usage: `npm run build`, then `npm run report:links`. Writes tests/.output/external-links.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages, dist } from '../dist/built-site.ts';
import { isExternal, linksOf, siteOrigin } from '../dist/links.ts';

/** How long one link may take to answer before it is reported as timed out. */
const TIMEOUT_MS = 10_000;
/** How many links are checked at once, to stay polite to the sites linked to. */
const CONCURRENCY = 4;

/** What became of one external link. */
interface Checked {
	url: string;
	pages: string[];
	status: string;
}

/** The status of one URL: HEAD first, GET where a server refuses HEAD. */
async function check(url: string): Promise<string> {
	for (const method of ['HEAD', 'GET']) {
		try {
			const response = await fetch(url, {
				method,
				redirect: 'follow',
				signal: AbortSignal.timeout(TIMEOUT_MS),
			});
			if (method === 'HEAD' && (response.status === 405 || response.status === 501)) continue;
			return `${response.status}${response.redirected ? ` (redirected to ${response.url})` : ''}`;
		} catch (error) {
			const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
			return `unreachable: ${cause instanceof Error ? cause.message : String(cause)}`;
		}
	}
	return 'unreachable: no answer';
}

if (!existsSync(dist)) {
	console.error(`No built site in ${dist}: run \`npm run build\` first.`);
	process.exit(1);
}

const pages = builtPages();
const origin = siteOrigin(pages);
const byUrl = new Map<string, Set<string>>();
for (const link of pages.flatMap((page) => linksOf(page, origin))) {
	if (!isExternal(link, origin)) continue;
	const url = link.url.href.replace(/#.*$/, '');
	byUrl.set(url, (byUrl.get(url) ?? new Set()).add(link.page));
}

const queue = [...byUrl.keys()].sort();
const results: Checked[] = [];
await Promise.all(
	Array.from({ length: CONCURRENCY }, async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			const status = await check(url);
			results.push({ url, pages: [...(byUrl.get(url) ?? [])].sort(), status });
		}
	}),
);
results.sort((a, b) => a.url.localeCompare(b.url));
const offline = results.length > 0 && results.every((r) => r.status.startsWith('unreachable'));

const lines = [
	'# External links',
	'',
	`${results.length} external links on ${pages.length} pages of ${origin}, checked ${new Date().toISOString()}.`,
	...(offline ? ['', 'No link answered: this machine is probably offline.'] : []),
	'',
	...(results.length === 0
		? ['The site links to no other site.']
		: [
				'| Link | Status | Linked from |',
				'| ---- | ------ | ----------- |',
				...results.map((r) => `| ${r.url} | ${r.status} | ${r.pages.join(', ')} |`),
			]),
];
const output = resolve(import.meta.dirname, '../.output');
mkdirSync(output, { recursive: true });
writeFileSync(join(output, 'external-links.md'), `${lines.join('\n')}\n`);
writeFileSync(join(output, 'external-links.json'), `${JSON.stringify(results, null, '\t')}\n`);
console.log(lines.join('\n'));
console.log(`\nWritten to ${join(output, 'external-links.md')} and external-links.json.`);
