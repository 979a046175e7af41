import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder preview images are cached in, inside Astro's cache folder. */
export const previewImageCacheDir = (cacheDir: URL) =>
	fileURLToPath(new URL('atlas-preview-images/', cacheDir));

/**
 * Tells the preview-image routes where to keep the images they draw, inside Astro's own cache
 * folder (`cacheDir`, `node_modules/.astro/` unless configured), as
 * `import.meta.env.ATLAS_PREVIEW_IMAGE_CACHE`: an unchanged card is then read back instead of
 * redrawn (see `render.ts`). Deleting the folder only makes the next build draw every card again.
 */
export function previewImageCacheIntegration(): AstroIntegration {
	return {
		name: 'atlas:preview-image-cache',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const dir = previewImageCacheDir(config.cacheDir);
				updateConfig({
					vite: { define: { 'import.meta.env.ATLAS_PREVIEW_IMAGE_CACHE': JSON.stringify(dir) } },
				});
			},
		},
	};
}
