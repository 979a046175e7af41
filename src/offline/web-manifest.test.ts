import { describe, expect, test } from 'vitest';
import { webManifest } from './web-manifest';

describe('webManifest', () => {
	test('names the site, opens it standalone at its home page and lists its icons', () => {
		const manifest = JSON.parse(
			webManifest({ name: 'Atlas', description: 'Find your role.' }),
		) as Record<string, unknown>;
		expect(manifest).toMatchObject({
			name: 'Atlas',
			short_name: 'Atlas',
			description: 'Find your role.',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			icons: [
				{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			],
		});
	});

	test('lists no icons when the site has none to draw them from', () => {
		const manifest = JSON.parse(webManifest({ name: 'Atlas', description: '' }, [])) as {
			icons: unknown[];
		};
		expect(manifest.icons).toEqual([]);
	});
});
