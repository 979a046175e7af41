import { readFile, stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The small static server that `npm start`, the end-to-end tests and the benchmarks serve the
 * built site with. It sends the headers the build writes to `dist/_headers` (the
 * Content-Security-Policy with `frame-ancestors`, `X-Content-Type-Options`, the referrer,
 * permissions and opener policies), which `astro preview` does not, so what is tested is what a
 * host that reads `_headers` serves. It imports only Node's own modules, so Node runs it
 * directly (`node src/build/serve.ts`), without a build step or a dependency.
 */

/** Content types of the files a Starlight build writes; anything else is sent as bytes. */
const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};

/** Types worth compressing, as a static host compresses them. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** One block of a `_headers` file: a path pattern and the headers sent with matching paths. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line with a path pattern (`*`
 * matches anything), then indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		const rule = rules.at(-1);
		if (/^\s/.test(line) && rule) {
			const colon = line.indexOf(':');
			if (colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		} else {
			rules.push({ pattern: line.trim(), headers: [] });
		}
	}
	return rules;
}

/** The headers `_headers` gives a path: every matching rule's, in order. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
	return rules
		.filter(({ pattern }) => {
			const source = pattern
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*');
			return new RegExp(`^${source}$`).test(pathname);
		})
		.flatMap((rule) => rule.headers);
}

/** How to serve a build folder. */
export interface ServeOptions {
	root: string;
	port: number;
	host?: string;
	/** Compress text with gzip when the browser accepts it, as most hosts do. */
	gzip?: boolean;
	/** Send the headers in `root/_headers` (the default); off, the server adds none of its own. */
	headers?: boolean;
}

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

/** Whether a path is a file, never throwing. */
async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * What to send for a path: a file under `root` (`/path/` from `path/index.html`), a redirect to
 * the path with its trailing slash, or nothing. Paths that escape `root` are nothing.
 */
async function resolvePath(
	root: string,
	pathname: string,
): Promise<{ file: string } | { redirect: string } | undefined> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const path = resolve(root, `.${decoded}`);
	if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
	if (decoded.endsWith('/')) {
		const index = join(path, 'index.html');
		return (await isFile(index)) ? { file: index } : undefined;
	}
	if (await isFile(path)) return { file: path };
	return (await isFile(join(path, 'index.html'))) ? { redirect: `${pathname}/` } : undefined;
}

/**
 * Serves a build folder the way a static host does: `/path/` from `path/index.html`, `/path`
 * redirected to `/path/`, `404.html` with status 404 for anything missing, GET and HEAD only,
 * and the headers from `_headers` on every response. The `_headers` file itself is not served.
 */
export async function serve(options: ServeOptions): Promise<StaticSite> {
	const root = resolve(options.root);
	const host = options.host ?? '127.0.0.1';
	const rules =
		options.headers === false
			? []
			: parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));

	/** Each file compressed once while it stays the same: the tests fetch the same files often. */
	const cache = new Map<string, { body: Buffer; gzipped: Buffer }>();
	const compressed = (path: string, body: Buffer) => {
		const known = cache.get(path);
		if (known?.body.equals(body)) return known.gzipped;
		const gzipped = gzipSync(body);
		cache.set(path, { body, gzipped });
		return gzipped;
	};

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const extra = Object.fromEntries(headersFor(rules, url.pathname));
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { ...extra, allow: 'GET, HEAD' }).end();
			return;
		}
		const found = url.pathname === '/_headers' ? undefined : await resolvePath(root, url.pathname);
		if (found && 'redirect' in found) {
			response.writeHead(301, { ...extra, location: `${found.redirect}${url.search}` }).end();
			return;
		}
		const path = found?.file ?? join(root, '404.html');
		const body = await readFile(path).catch(() => undefined);
		if (!body) {
			response.writeHead(404, extra).end();
			return;
		}
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		const gzip =
			options.gzip === true &&
			COMPRESSIBLE.test(type) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding']));
		const sent = gzip ? compressed(path, body) : body;
		response.writeHead(found ? 200 : 404, {
			...extra,
			'content-type': type,
			'content-length': String(sent.length),
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : sent);
	};

	// Browsers send addresses of up to 2 MB; a hostile link of that size must reach the page.
	const server: Server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (request, response) => {
		handle(request, response).catch(() => {
			if (!response.headersSent) response.writeHead(500);
			response.end();
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port, host, done);
	});
	const { port } = server.address() as AddressInfo;
	const shown = host.includes(':') ? `[${host}]` : host;
	return {
		origin: `http://${shown}:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
