/**
 * The site's shell: the stylesheets and scripts that every page loads, which the service worker
 * precaches. Every reader's first page has already downloaded them, so precaching them costs a
 * first visit nothing more; scripts only some pages load (the islands) are cached when a reader
 * opens such a page. Read from the built HTML and JavaScript with a few patterns, which is all
 * Vite's output needs and much cheaper than parsing every page again.
 */

/**
 * Static `import` specifiers of a built JS module (`import{a}from"./b.js"`, `import"./c.js"`).
 * Dynamic `import()` is left out: it loads later (Starlight's search UI loads when idle), not on
 * load.
 */
export function staticImports(code: string): string[] {
	return [
		...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
		...code.matchAll(/(?:^|[;}\s])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
	].map((match) => match[1] ?? '');
}

/** One attribute's value in a start tag's text, or undefined. */
const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((value) => value !== undefined);

/**
 * The URL paths of the files a built page loads by itself: its stylesheets (print ones too, so a
 * cached page prints offline), scripts, module preloads and what its inline modules import.
 */
export function pageAssets(html: string, pagePath: string): string[] {
	const base = new URL(pagePath, 'https://site.invalid');
	const path = (href: string) => new URL(href, base).pathname;
	const linked = [...html.matchAll(/<(?:link|script)\b[^>]*>/gi)].flatMap(([tag]) => {
		const src = attribute(tag, 'src');
		if (src !== undefined) return [path(src)];
		const rel = attribute(tag, 'rel')?.split(/\s+/) ?? [];
		const href = attribute(tag, 'href');
		return href !== undefined && (rel.includes('stylesheet') || rel.includes('modulepreload'))
			? [path(href)]
			: [];
	});
	const imported = [
		...html.matchAll(/<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/gi),
	].flatMap((match) => staticImports(match[1] ?? '').map(path));
	return [...new Set([...linked, ...imported])];
}

/**
 * The files every page loads, each page's scripts followed through their static imports:
 * `pages` maps a page's URL path to its HTML, `moduleCode` reads a built script by URL path.
 */
export function shellAssets(
	pages: ReadonlyMap<string, string>,
	moduleCode: (path: string) => string,
): string[] {
	const importsOf = new Map<string, string[]>();
	const withImports = (start: readonly string[]) => {
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			if (!path.endsWith('.js')) return;
			let imports = importsOf.get(path);
			if (!imports) {
				imports = staticImports(moduleCode(path)).map(
					(specifier) => new URL(specifier, new URL(path, 'https://site.invalid')).pathname,
				);
				importsOf.set(path, imports);
			}
			imports.forEach(visit);
		};
		start.forEach(visit);
		return seen;
	};
	let shell: Set<string> | undefined;
	for (const [path, html] of pages) {
		const loaded = withImports(pageAssets(html, path));
		shell = shell ? new Set([...shell].filter((asset) => loaded.has(asset))) : loaded;
	}
	return [...(shell ?? [])].sort();
}
