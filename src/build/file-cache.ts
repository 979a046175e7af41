import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * A dependency's version, read from its package.json without loading the package: the nearest
 * manifest above its entry point that carries its name (sharp's exports hide its package.json).
 * Part of the cache key of whatever the package makes.
 */
export function packageVersion(name: string): string {
	for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (!existsSync(manifest)) continue;
		const { name: found, version } = require(manifest) as { name?: string; version?: string };
		if (found === name && version) return version;
	}
	throw new Error(`Could not find the version of ${name}, which the build draws images with.`);
}

/**
 * The name of a cached file for these inputs: a SHA-256 over each part, length-prefixed so two
 * different lists of parts can never run together into the same bytes.
 */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
		hash.update(`${bytes.length}:`).update(bytes);
	}
	return hash.digest('hex');
}

/**
 * The file made for `key` by an earlier build, or a new one made with `make` and kept in `dir` for
 * the next build. Drawing images (preview cards, app icons) is the slow part of making them, and
 * an image whose inputs are unchanged comes out byte for byte the same, so it is drawn once. The file is
 * written under a temporary name and renamed, so a build stopped midway never leaves a partial
 * file under a real key. Without a `dir` (no cache folder configured) every call makes the file.
 */
export async function cachedFile(
	dir: string | undefined,
	key: string,
	make: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
	if (!dir) return make();
	const path = join(dir, key);
	try {
		return new Uint8Array(await readFile(path));
	} catch {
		// Not cached yet (or unreadable): make it below.
	}
	const made = await make();
	await mkdir(dir, { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, made);
	await rename(temporary, path);
	return made;
}
