/** Values the site's integrations give its build-time code (see each integration). */
interface ImportMetaEnv {
	/** Where preview images are cached between builds: `src/build/og/preview-image-cache.ts`. */
	readonly ATLAS_PREVIEW_IMAGE_CACHE?: string;
	/** Last commit date of each content file, by path: `src/build/last-updated.ts`. */
	readonly ATLAS_LAST_COMMITS?: Readonly<Record<string, string>>;
}
