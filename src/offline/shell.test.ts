import { describe, expect, test } from 'vitest';
import { pageAssets, shellAssets, staticImports } from './shell';

describe('staticImports', () => {
	test('finds static imports and re-exports, not dynamic imports', () => {
		expect(
			staticImports(
				'import{a as b}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")',
			),
		).toEqual(['./a.js', './b.js', './c.js']);
	});
});

describe('pageAssets', () => {
	test('lists stylesheets, scripts, module preloads and the imports of inline modules', () => {
		const html = [
			'<link rel="stylesheet" href="/_astro/site.css">',
			'<link rel="stylesheet" href="/_astro/print.css" media="print">',
			'<link rel="icon" href="/favicon.svg">',
			'<link rel="modulepreload" href="/_astro/shared.js">',
			'<script type="module" src="/_astro/page.js"></script>',
			'<script type="module">import{a}from"/_astro/island.js";a()</script>',
			'<script type="application/ld+json">{"@type":"Thing"}</script>',
		].join('');
		expect(pageAssets(html, '/roles/x/')).toEqual([
			'/_astro/site.css',
			'/_astro/print.css',
			'/_astro/shared.js',
			'/_astro/page.js',
			'/_astro/island.js',
		]);
	});

	test('resolves relative addresses against the page', () => {
		expect(pageAssets('<script src="../a.js"></script>', '/roles/x/')).toEqual(['/roles/a.js']);
	});
});

describe('shellAssets', () => {
	const code: Record<string, string> = {
		'/_astro/page.js': 'import"./dom.js";',
		'/_astro/dom.js': '',
		'/_astro/island.js': 'import"./dom.js";import"./store.js";',
		'/_astro/store.js': '',
	};
	const read = (path: string) => code[path] ?? '';

	test('keeps what every page loads, following static imports, and drops what only some load', () => {
		const pages = new Map([
			[
				'/',
				'<link rel="stylesheet" href="/_astro/site.css"><script src="/_astro/page.js"></script>',
			],
			[
				'/pathways/x/',
				'<link rel="stylesheet" href="/_astro/site.css"><script src="/_astro/page.js"></script><script src="/_astro/island.js"></script>',
			],
		]);
		expect(shellAssets(pages, read)).toEqual([
			'/_astro/dom.js',
			'/_astro/page.js',
			'/_astro/site.css',
		]);
	});

	test('is empty for a site without pages', () => {
		expect(shellAssets(new Map(), read)).toEqual([]);
	});
});
