import { describe, expect, test } from 'vitest';
import { MissingPageError, fullText, pageText } from './full-text';

const html = (content: string, footer = '') =>
	`<html><head><title>x</title></head><body><nav><p>Sidebar</p></nav><main><h1>Title</h1><div class="sl-markdown-content">${content}</div><footer>${footer}</footer></main></body></html>`;

const index = [
	'# Atlas',
	'',
	'> A site.',
	'',
	'## Roles',
	'',
	'- [ML Engineer](https://atlas.example/roles/ml-engineer/): Ships models.',
	'',
	'## Optional',
	'',
	'- [Full text](https://atlas.example/llms-full.txt): everything.',
	'',
].join('\n');

describe('pageText', () => {
	const page = { title: 'ML Engineer', url: new URL('https://atlas.example/roles/ml-engineer/') };

	test("gives the page's title, address, last-changed date and content with absolute links", () => {
		const text = pageText(
			page,
			html(
				'<p>See <a href="/roles/data-scientist/">data scientists</a>.</p>',
				'<p>Last updated: <time datetime="2026-11-30T11:39:19.000Z">Nov 30, 2026</time></p>',
			),
		);
		expect(text).toBe(
			'# ML Engineer\n\nhttps://atlas.example/roles/ml-engineer/ (last changed 2026-11-30)\n\nSee [data scientists](https://atlas.example/roles/data-scientist/).',
		);
	});

	test('gives no date when the page shows none, and reads nothing outside <main>', () => {
		const text = pageText(page, html('<p>Body.</p>'));
		expect(text).toBe('# ML Engineer\n\nhttps://atlas.example/roles/ml-engineer/\n\nBody.');
	});
});

describe('fullText', () => {
	test("puts the index's heading and summary first, then each listed page", async () => {
		const text = await fullText(index, async (path) =>
			path === '/roles/ml-engineer/' ? html('<p>Body.</p>') : undefined,
		);
		expect(text).toBe(
			'# Atlas\n\n> A site.\n\n---\n\n# ML Engineer\n\nhttps://atlas.example/roles/ml-engineer/\n\nBody.\n',
		);
	});

	test('fails, naming the page, when the index lists a page the build did not write', async () => {
		const missing = fullText(index, async () => undefined);
		await expect(missing).rejects.toThrow(MissingPageError);
		await expect(missing).rejects.toThrow('/roles/ml-engineer/');
	});
});
