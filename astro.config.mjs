// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentSecurityPolicyIntegration } from './src/build/content-security-policy';

/**
 * Pagefind cuts its word index into chunks of about this many word positions (20,000 by default)
 * and a search fetches the chunk of each word it asks for. At the default, a chunk is 28 KB
 * compressed, and a three-word query went over the search budget of 150 KB; at 6,000 a chunk is
 * about 9 KB and the largest query of the relevance set fetches 124 KB in all. Pagefind reads this
 * setting only from the environment, under a name it calls unstable, so
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
			title: 'AI Career Atlas',
			description:
				'Find, understand and move into AI roles: role guides, transition pathways, case studies and exercises.',
			lastUpdated: false,
			pagination: false,
			markdown: { processedDirs: ['./content'] },
			routeMiddleware: './src/route-middleware.ts',
			components: {
				Search: './src/search/Search.astro',
			},
			customCss: ['./src/styles/atlas.css'],
			sidebar: [
				{ label: 'Home', link: '/' },
				{ label: 'Find your role', link: '/find-your-role/' },
				{
					label: 'Roles',
					items: [
						{ label: 'All roles', link: '/roles/' },
						{ label: 'Compare roles', link: '/compare/' },
					],
				},
				{ label: 'Pathways', items: [{ label: 'All pathways', link: '/pathways/' }] },
				{ label: 'Case studies', items: [{ label: 'All case studies', link: '/case-studies/' }] },
				{ label: 'Exercises', items: [{ label: 'All exercises', link: '/exercises/' }] },
				{ label: 'My progress', link: '/progress/' },
				{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
			],
		}),
		contentSecurityPolicyIntegration(),
	],
});
