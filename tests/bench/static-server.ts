import { readFile, stat } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types of the files a Starlight build writes. */
const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
};

/** Types worth compressing, as a static host compresses them. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A running server for one build folder. */
export interface StaticSite {
	origin: string;
	close: () => Promise<void>;
}

/** A free port on the loopback interface, so two sites can be served side by side. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as AddressInfo;
	await new Promise<void>((done) => probe.close(() => done()));
	return port;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, path, path.endsWith('/') ? 'index.html' : '');
	try {
		return (await stat(candidate)).isFile() ? candidate : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Serves a build folder the way a static host does: `/path/` from `path/index.html`, gzip for
 * text, `404.html` with status 404 for anything missing. Both the site and its baseline are
 * served by this same server, so neither gains from the server.
 */
export async function serve(root: string, port: number): Promise<StaticSite> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = await fileFor(root, url.pathname);
		const status = file ? 200 : 404;
		const path = file ?? join(root, '404.html');
		let body: Buffer;
		try {
			body = await readFile(path);
		} catch {
			response.writeHead(404).end();
			return;
		}
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		const gzip =
			COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(status, {
			'content-type': type,
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		response.end(gzip ? gzipSync(body) : body);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
