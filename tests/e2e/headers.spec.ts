import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The security headers, as the server `npm start` runs (`src/build/serve.ts`) sends them: the
 * ones the build writes to `_headers` for static hosts, on every kind of response, and enforced
 * by the browser (the site cannot be framed by another origin).
 */
const dist = process.env['ATLAS_DIST'] ?? 'dist';

/** The headers `_headers` gives every path, as the build wrote them. */
const expected = readFileSync(join(dist, '_headers'), 'utf8')
	.split('\n')
	.filter((line) => /^\s+\S/.test(line))
	.map((line) => {
		const colon = line.indexOf(':');
		return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
	});

test('the build lists every security header the site relies on', () => {
	const names = expected.map(([name]) => name);
	expect(names).toEqual(
		expect.arrayContaining([
			'content-security-policy',
			'x-content-type-options',
			'referrer-policy',
			'permissions-policy',
			'cross-origin-opener-policy',
		]),
	);
	const policy = expected.find(([name]) => name === 'content-security-policy')?.[1] ?? '';
	expect(policy).toContain("frame-ancestors 'none'");
	expect(expected.find(([name]) => name === 'x-content-type-options')?.[1]).toBe('nosniff');
	expect(expected.find(([name]) => name === 'cross-origin-opener-policy')?.[1]).toBe('same-origin');
	expect(expected.find(([name]) => name === 'permissions-policy')?.[1]).toMatch(/camera=\(\)/);
});

for (const [what, path, status, type] of [
	['a page', '/', 200, 'text/html; charset=utf-8'],
	['a role page', '/roles/ml-engineer/', 200, 'text/html; charset=utf-8'],
	['a missing page', '/no-such-page/', 404, 'text/html; charset=utf-8'],
	['the search engine', '/pagefind/pagefind.js', 200, 'text/javascript; charset=utf-8'],
	['the sitemap', '/sitemap-index.xml', 200, 'application/xml'],
] as const) {
	test(`${what} is served with them`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(status);
		const headers = response.headers();
		expect(headers['content-type']).toBe(type);
		for (const [name, value] of expected) expect(headers[name], name).toBe(value);
	});
}

test('another site cannot frame a page', async ({ page, baseURL }) => {
	// A page on another origin (the same server, named by another host) frames the home page.
	const other = (baseURL ?? '').replace('127.0.0.1', 'localhost');
	await page.route(`${other}/framer.html`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Framer</title><iframe src="${baseURL}/"></iframe>`,
		}),
	);
	await page.goto(`${other}/framer.html`);
	const frame = () => page.frames().find((candidate) => candidate !== page.mainFrame());
	// The browser refuses the page and shows its own error page in the frame instead.
	await expect.poll(() => frame()?.url()).toBe('chrome-error://chromewebdata/');
	expect(await frame()?.locator('main').count()).toBe(0);
});
