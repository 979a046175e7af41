// @ts-check
// Every relative import here, and in the modules it imports, names its file with its extension
// (`.ts`), so Node loads this config natively; with one extensionless import Astro falls back to
// starting a Vite server just to load it, a quarter of a second of every build
// (src/build/native-config.test.ts keeps it so).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { SITE_DESCRIPTION, SITE_TITLE, sidebarConfig } from './src/atlas/site-sections.ts';
import { contentSecurityPolicyIntegration } from './src/build/content-security-policy.ts';
import { previewImageCacheIntegration } from './src/build/og/preview-image-cache.ts';
import { lastUpdatedIntegration } from './src/build/last-updated.ts';
import { llmsFullTextIntegration } from './src/llms/full-text-integration.ts';
import { offlineIntegration } from './src/offline/offline-integration.ts';
import { manifestLink } from './src/offline/web-manifest.ts';
import { noScriptTheme } from './src/build/no-script-theme.ts';
import { layerOrderStyle } from './src/build/layer-order.ts';

/**
 * Pagefind cuts its word index into chunks of about this many word positions (20,000 by default)
 * and a search fetches the chunk of each word it asks for, so smaller chunks keep a query of
 * several words within the search budget (README, "Search", has the measured figures). Pagefind
 * reads this setting only from the environment, under a name it calls unstable, so
 * tests/dist/search-index.test.ts fails the build if the chunks ever grow back.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '6000';

/** The public origin the site is built for; canonical URLs and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://ai-career-atlas.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			head: [layerOrderStyle(), manifestLink],
			lastUpdated: false,
			pagination: false,
			markdown: { processedDirs: ['./content'] },
			routeMiddleware: './src/route-middleware.ts',
			components: {
				Header: './src/navigation/Header.astro',
				Search: './src/search/Search.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/offline/Footer.astro',
				LastUpdated: './src/components/overrides/LastUpdated.astro',
				ThemeProvider: './src/theme/ThemeProvider.astro',
				ThemeSelect: './src/theme/ThemeSelect.astro',
			},
			customCss: ['./src/styles/atlas.css'],
			sidebar: sidebarConfig(),
		}),
		previewImageCacheIntegration(),
		lastUpdatedIntegration(),
		llmsFullTextIntegration(),
		contentSecurityPolicyIntegration(),
		offlineIntegration({ name: SITE_TITLE, description: SITE_DESCRIPTION }),
	],
	vite: {
		plugins: [noScriptTheme()],
		// The largest islands are imported as `?worker&url`: Vite bundles each into one module
		// file, so their page downloads one file instead of a dozen shared chunks (see README).
		worker: { format: 'es' },
	},
});
