import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The import graph of `src/`, read as text: which module imports which, and which modules the
 * browser loads as islands (the scripts of `.astro` components). Type-only imports are left out
 * of what a module *loads*, because TypeScript erases them, but kept for cycles.
 */

/** One import of a module: what it names, and whether it only brings in types. */
export interface ModuleImport {
	specifier: string;
	typeOnly: boolean;
}

/** Every module's source text by path relative to the repository root (`src/lib/dom.ts`). */
export type SourceFiles = ReadonlyMap<string, string>;

const IMPORT = /(?:^|[\s;])import\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const EXPORT_FROM = /(?:^|[\s;])export\s+(type\s+)?(?:[\w*{}\s,$]+?)\s+from\s+['"]([^'"]+)['"]/g;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const SCRIPT = /<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g;

/** The imports a TypeScript module, or the frontmatter or scripts of an `.astro` file, makes. */
export function importsOf(source: string): ModuleImport[] {
	const found: ModuleImport[] = [];
	for (const pattern of [IMPORT, EXPORT_FROM]) {
		for (const [, type, specifier] of source.matchAll(pattern))
			if (specifier) found.push({ specifier, typeOnly: type !== undefined });
	}
	for (const [, specifier] of source.matchAll(DYNAMIC))
		if (specifier) found.push({ specifier, typeOnly: false });
	return found;
}

/** An import of a script bundled as one file, for a `<script src>` (see README, "Islands"). */
const BUNDLED_SCRIPT = /\?worker&url$/;

/**
 * Island entry points: what each `.astro` component's bundled `<script>` elements load, and the
 * scripts it imports as one-file bundles (`./panel.ts?worker&url`) to load by address.
 */
export function islandEntries(files: SourceFiles): { from: string; imports: ModuleImport[] }[] {
	const entries: { from: string; imports: ModuleImport[] }[] = [];
	for (const [path, source] of files) {
		if (!path.endsWith('.astro')) continue;
		for (const { specifier } of importsOf(source))
			if (BUNDLED_SCRIPT.test(specifier))
				entries.push({ from: path, imports: [{ specifier, typeOnly: false }] });
		for (const [, attributes = '', body = ''] of source.matchAll(SCRIPT)) {
			if (/is:inline|type=["']application/.test(attributes)) continue;
			const src = /\bsrc=["']([^"']+)["']/.exec(attributes)?.[1];
			entries.push({
				from: path,
				imports: src ? [{ specifier: src, typeOnly: false }] : importsOf(body),
			});
		}
	}
	return entries;
}

const EXTENSIONS = ['', '.ts', '.astro', '.js', '.mjs', '/index.ts'];

/** The module file a relative specifier names, or `undefined` for a package or a missing file. */
export function resolveImport(
	files: SourceFiles,
	from: string,
	specifier: string,
): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = normalize(join(dirname(from), specifier.split('?')[0] ?? specifier));
	return EXTENSIONS.map((extension) => base + extension).find((candidate) => files.has(candidate));
}

/** A module an island loads that it must not, with the chain of imports that reaches it. */
export interface BoundaryViolation {
	chain: string[];
	reason: string;
}

/** Whether a package or module may never reach the browser, and why. */
function forbidden(specifier: string, resolved: string | undefined): string | undefined {
	if (specifier.startsWith('node:')) return `imports ${specifier}, which exists only in Node`;
	if (specifier === 'zod' || specifier === 'astro/zod')
		return `imports ${specifier}, too large for an island's budget`;
	if (specifier.startsWith('astro:content'))
		return `imports ${specifier}, which exists only at build time`;
	if (resolved?.startsWith('src/build/')) return `imports ${resolved}, build-only code`;
	if (resolved?.startsWith('src/atlas/')) return `imports ${resolved}, the build-time catalogue`;
	if (resolved?.startsWith('src/schemas/')) return `imports ${resolved}, a Zod content schema`;
	return undefined;
}

/**
 * Follows every import an island loads (type-only imports excepted) and reports each module that
 * must not reach a browser: Node built-ins, Zod, the content layer, the build-only folder and
 * the build-time catalogue.
 */
export function boundaryViolations(files: SourceFiles): BoundaryViolation[] {
	const violations: BoundaryViolation[] = [];
	const seen = new Set<string>();
	const visit = (from: string, imports: readonly ModuleImport[], chain: string[]) => {
		for (const { specifier, typeOnly } of imports) {
			if (typeOnly) continue;
			const resolved = resolveImport(files, from, specifier);
			const reason = forbidden(specifier, resolved);
			if (reason) violations.push({ chain: [...chain, resolved ?? specifier], reason });
			if (resolved === undefined || seen.has(resolved)) continue;
			seen.add(resolved);
			visit(resolved, importsOf(files.get(resolved) ?? ''), [...chain, resolved]);
		}
	};
	for (const entry of islandEntries(files)) visit(entry.from, entry.imports, [entry.from]);
	return violations;
}

/** Every import cycle among the modules, type-only imports included, each as a list of paths. */
export function importCycles(files: SourceFiles): string[][] {
	const edges = new Map<string, string[]>();
	for (const [path, source] of files) {
		const targets = importsOf(source)
			.map(({ specifier }) => resolveImport(files, path, specifier))
			.filter((target): target is string => target !== undefined);
		edges.set(path, targets);
	}
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of edges.get(node) ?? []) {
			if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of edges.keys()) if (!state.has(node)) visit(node);
	return cycles;
}

/** Reads every module under `src/` (tests excepted) from a repository root. */
export function readSources(root: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(ts|astro|mjs)$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name))
				files.set(relative(root, path), readFileSync(path, 'utf8'));
		}
	};
	walk(join(root, 'src'));
	return files;
}
