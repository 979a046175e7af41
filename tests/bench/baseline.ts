/**
 * The benchmark's baseline: a default Starlight site with the same pages and the same text as
 * the built atlas, generated into a throwaway folder inside the repository (so it resolves this
 * repository's node_modules) and built with Starlight's defaults.
 *
 * Docs pages (home, guides, 404) are copied as they are; every other page (roles, pathways,
 * indexes, the recommender…) becomes a Markdown page at the same path holding the text of the
 * built page's content: headings, paragraphs, lists, tables and links. No component, no island,
 * no structured data, no policy: just Starlight.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuiltPage, documentOf } from '../dist/built-site.ts';
import { parseTree } from '../../src/build/html-tree.ts';
import { mainRange } from '../../src/build/main-range.ts';
import { markdownOf, pageContent } from '../../src/llms/markdown.ts';

/**
 * Whether a docs page builds in a bare Starlight project: it imports nothing, or only
 * Starlight's own components. Pages that use the atlas's components are rebuilt from their HTML
 * like the other pages.
 */
const standalone = (source: string) =>
	[...source.matchAll(/^import\s.*?from\s+["']([^"']+)["']/gm)].every((match) =>
		(match[1] ?? '').startsWith('@astrojs/starlight'),
	);

/** The URL path a docs file is served at (`guides/about.mdx` → `/guides/about/`). */
const docsPath = (file: string) =>
	`/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

/** Options for the generated baseline project. */
export interface BaselineOptions {
	/** The atlas's docs folder (`content/docs`): pages that need no atlas component are copied. */
	docs: string;
	/** The atlas's public folder (its favicon), copied as it is. */
	publicDir: string;
	/** Site title and description, the same as the atlas's. */
	title: string;
	description: string;
	/** The Astro and Starlight versions the atlas depends on, for the baseline's package.json. */
	versions: { astro: string; starlight: string };
}

/**
 * Writes the baseline Starlight project into `dir`, replacing what was there: Starlight's
 * defaults, the atlas's docs pages, and one Markdown page per other built page.
 */
export function writeBaseline(
	dir: string,
	pages: readonly BuiltPage[],
	options: BaselineOptions,
): number {
	rmSync(dir, { recursive: true, force: true });
	const docsDir = join(dir, 'src/content/docs');
	mkdirSync(docsDir, { recursive: true });
	cpSync(options.publicDir, join(dir, 'public'), { recursive: true });
	const copied = readdirSync(options.docs, { recursive: true, encoding: 'utf8' }).filter(
		(file) => /\.mdx?$/.test(file) && standalone(readFileSync(join(options.docs, file), 'utf8')),
	);
	for (const file of copied) {
		mkdirSync(dirname(join(docsDir, file)), { recursive: true });
		cpSync(join(options.docs, file), join(docsDir, file));
	}
	const docsPaths = new Set(copied.map(docsPath));
	let generated = 0;
	for (const page of pages) {
		if (docsPaths.has(page.path)) continue;
		const document = documentOf(page);
		const content = pageContent(parseTree(page.html, ...mainRange(page.html)));
		const title = document.querySelector('h1')?.text.trim() ?? page.path;
		const description =
			document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		const file = join(docsDir, `${page.path.replace(/^\/|\/$/g, '') || 'index'}.md`);
		mkdirSync(dirname(file), { recursive: true });
		const frontmatter = `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
		writeFileSync(file, `${frontmatter}${content ? markdownOf(content) : ''}\n`);
		generated += 1;
	}
	// A default Starlight project lists Astro and Starlight as dependencies; Vite reads them to
	// bundle Starlight's components instead of leaving them to Node at render time.
	const manifest = {
		name: 'starlight-baseline',
		private: true,
		type: 'module',
		dependencies: {
			astro: options.versions.astro,
			'@astrojs/starlight': options.versions.starlight,
		},
	};
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'',
			'export default defineConfig({',
			'\tsite: process.env.SITE_URL,',
			"\ttrailingSlash: 'always',",
			`\tintegrations: [starlight({ title: ${JSON.stringify(options.title)}, description: ${JSON.stringify(options.description)} })],`,
			'});',
			'',
		].join('\n'),
	);
	return generated;
}
