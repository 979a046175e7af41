import { ICON_SIZES, MANIFEST_PATH, iconPath } from './files.ts';

/** What the web app manifest says about the site. */
export interface ManifestSite {
	name: string;
	description: string;
}

/**
 * The web app manifest that makes the site installable: its name, what it is for, where it
 * opens, and its icons at `sizes`. Colours follow Starlight's dark theme, as the preview images do.
 */
export function webManifest(site: ManifestSite, sizes: readonly number[] = ICON_SIZES): string {
	const manifest = {
		name: site.name,
		short_name: site.name,
		description: site.description,
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		background_color: '#17181c',
		theme_color: '#17181c',
		icons: sizes.map((size) => ({
			src: iconPath(size),
			sizes: `${size}x${size}`,
			type: 'image/png',
			purpose: 'any',
		})),
	};
	return `${JSON.stringify(manifest, null, '\t')}\n`;
}

/** The `<head>` entry that points browsers at the manifest, as Starlight's `head` option takes it. */
export const manifestLink = {
	tag: 'link',
	attrs: { rel: 'manifest', href: MANIFEST_PATH },
} as const;
