import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, serve, type StaticSite } from './static-server';

describe('parseHeaders', () => {
	test('reads blocks of a path pattern and its indented headers, skipping comments', () => {
		const rules = parseHeaders(
			"# security\n/*\n  X-One: 1\n  Content-Security-Policy: default-src 'self'; img-src data:\n\n/roles/*\n  X-Two: 2\n",
		);
		expect(rules).toEqual([
			{
				pattern: '/*',
				headers: [
					['X-One', '1'],
					['Content-Security-Policy', "default-src 'self'; img-src data:"],
				],
			},
			{ pattern: '/roles/*', headers: [['X-Two', '2']] },
		]);
		expect(headersFor(rules, '/roles/ml-engineer/')).toEqual([
			['X-One', '1'],
			['Content-Security-Policy', "default-src 'self'; img-src data:"],
			['X-Two', '2'],
		]);
		expect(headersFor(rules, '/')).toHaveLength(2);
		expect(headersFor(parseHeaders('/exact\n  X: 1\n'), '/exactly')).toEqual([]);
	});
});

describe('serve', () => {
	let root: string;
	let site: StaticSite;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'atlas-serve-'));
		await mkdir(join(root, 'roles'));
		await mkdir(join(root, 'pagefind'));
		await writeFile(join(root, 'index.html'), '<!doctype html><title>Home</title>');
		await writeFile(join(root, 'roles', 'index.html'), '<!doctype html><title>Roles</title>');
		await writeFile(join(root, '404.html'), '<!doctype html><title>Not found</title>');
		await writeFile(join(root, 'pagefind', 'engine.wasm'), Buffer.from([0, 97, 115, 109]));
		await writeFile(join(root, '_headers'), '/*\n  X-Frame-Test: yes\n');
		await writeFile(join(tmpdir(), 'atlas-serve-secret.txt'), 'outside');
		site = await serve({ root, port: 0 });
	});

	afterAll(async () => {
		await site.close();
		await rm(root, { recursive: true });
		await rm(join(tmpdir(), 'atlas-serve-secret.txt'));
	});

	const get = (path: string, init?: RequestInit) =>
		fetch(`${site.origin}${path}`, { redirect: 'manual', ...init });

	test('serves pages with the headers from _headers', async () => {
		const response = await get('/roles/');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('x-frame-test')).toBe('yes');
		expect(await response.text()).toContain('Roles');
	});

	test('answers a missing page with 404.html, headers included', async () => {
		const response = await get('/nowhere/');
		expect(response.status).toBe(404);
		expect(response.headers.get('x-frame-test')).toBe('yes');
		expect(await response.text()).toContain('Not found');
	});

	test('adds the trailing slash the site uses', async () => {
		const response = await get('/roles?x=1');
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/roles/?x=1');
	});

	test('serves WebAssembly as application/wasm', async () => {
		const response = await get('/pagefind/engine.wasm');
		expect(response.headers.get('content-type')).toBe('application/wasm');
	});

	test('never serves _headers or anything outside the folder, and only reads', async () => {
		expect((await get('/_headers')).status).toBe(404);
		expect((await get('/..%2fatlas-serve-secret.txt')).status).toBe(404);
		expect((await get('/%2e%2e/atlas-serve-secret.txt')).status).toBe(404);
		expect((await get('/%E0%A4%A')).status).toBe(404);
		expect((await get('/', { method: 'POST' })).status).toBe(405);
	});
});
