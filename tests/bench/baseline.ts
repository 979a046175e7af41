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
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { type BuiltPage, documentOf } from '../dist/built-site.ts';

/** Elements whose text is not reading text: code the browser runs, controls, icons. */
const SKIPPED = new Set([
	'script',
	'style',
	'template',
	'svg',
	'noscript',
	'select',
	'option',
	'input',
	'button',
	'textarea',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set([
	'p',
	'dt',
	'dd',
	'summary',
	'figcaption',
	'legend',
	'caption',
	'label',
]);
const BLOCKS = new Set([
	...HEADINGS,
	...PARAGRAPHS,
	'ul',
	'ol',
	'li',
	'table',
	'div',
	'section',
	'dl',
	'details',
	'fieldset',
	'form',
	'figure',
	'blockquote',
]);

const tagOf = (node: Node) =>
	node.nodeType === NodeType.ELEMENT_NODE ? (node as HTMLElement).tagName.toLowerCase() : '';
const escape = (text: string) => text.replace(/([\\*_[\]<>`])/g, '\\$1');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A node's text as inline Markdown: emphasis, code and links kept, everything else flattened. */
function inline(node: Node): string {
	if (node.nodeType === NodeType.TEXT_NODE) return escape(node.text.replace(/\s+/g, ' '));
	const tag = tagOf(node);
	if (tag === '' || SKIPPED.has(tag)) return '';
	const inner = node.childNodes.map(inline).join('');
	if (tag === 'a') {
		const href = (node as HTMLElement).getAttribute('href');
		return href ? `[${squash(inner)}](${href})` : inner;
	}
	if (tag === 'strong' || tag === 'b') return squash(inner) ? `**${squash(inner)}**` : '';
	if (tag === 'em' || tag === 'i') return squash(inner) ? `*${squash(inner)}*` : '';
	if (tag === 'code') return `\`${node.text}\``;
	return BLOCKS.has(tag) ? ` ${inner} ` : inner;
}

const hasBlocks = (node: Node) => node.childNodes.some((child) => BLOCKS.has(tagOf(child)));

/** A node as Markdown blocks, in reading order. */
function blocks(node: Node): string[] {
	const tag = tagOf(node);
	if (node.nodeType === NodeType.TEXT_NODE)
		return squash(node.text) ? [escape(squash(node.text))] : [];
	if (tag === '' || SKIPPED.has(tag)) return [];
	if (HEADINGS.has(tag))
		return [`${'#'.repeat(Math.max(2, Number(tag.slice(1))))} ${squash(inline(node))}`];
	if (PARAGRAPHS.has(tag)) return squash(inline(node)) ? [squash(inline(node))] : [];
	if (tag === 'li' && !hasBlocks(node)) return [`- ${squash(inline(node))}`];
	if (tag === 'table') {
		const rows = (node as HTMLElement)
			.querySelectorAll('tr')
			.map((row) => row.querySelectorAll('th, td').map((cell) => squash(inline(cell))));
		const width = Math.max(...rows.map((row) => row.length));
		const line = (cells: string[]) =>
			`| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
		const [head = [], ...body] = rows;
		return [[line(head), line(Array(width).fill('---')), ...body.map(line)].join('\n')];
	}
	if (tag === 'ul' || tag === 'ol') {
		const items = node.childNodes.flatMap(blocks);
		return items.length > 0 ? [items.join('\n')] : [];
	}
	if (BLOCKS.has(tag) || hasBlocks(node)) return node.childNodes.flatMap(blocks);
	const text = squash(inline(node));
	return text ? [text] : [];
}

/** The Markdown of an element's content. */
export function markdownOf(element: HTMLElement): string {
	return blocks(element).join('\n\n');
}

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
		const content = document.querySelector('main .sl-markdown-content');
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
