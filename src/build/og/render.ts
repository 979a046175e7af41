import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cacheKey, cachedFile, packageVersion } from '../file-cache';
import { type CardNode, OG_SIZE } from './cards';

const require = createRequire(import.meta.url);

/**
 * Inter from the @fontsource/inter package, read from node_modules: the build needs no network
 * and no system fonts. Satori turns text into outlines, so the PNG needs no font at all.
 */
const fonts = Promise.all(
	([400, 700] as const).map(async (weight) => ({
		name: 'Inter',
		weight,
		style: 'normal' as const,
		data: await readFile(
			require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
		),
	})),
);

/** How the PNG is encoded: part of every cache key, like the card and the fonts. */
const PNG_OPTIONS = { compressionLevel: 9 } as const;

/**
 * Everything besides the card that decides the pixels: the drawing libraries' versions, the
 * encoding and the fonts' bytes. A change to any of them redraws every card.
 */
const renderer = fonts.then((loaded) => [
	`satori ${packageVersion('satori')}`,
	`sharp ${packageVersion('sharp')}`,
	JSON.stringify({ size: OG_SIZE, png: PNG_OPTIONS }),
	...loaded.map((font) => new Uint8Array(font.data)),
]);

/**
 * Renders a preview card to a PNG at build time: Satori lays it out as SVG, sharp rasterises it.
 * A card drawn by an earlier build from the same inputs is reused from `cacheDir` (see
 * `cachedFile`), which is what keeps an unchanged site's build close to a plain Starlight build's.
 */
export async function renderCard(
	card: CardNode,
	cacheDir = import.meta.env.ATLAS_PREVIEW_IMAGE_CACHE,
): Promise<Uint8Array<ArrayBuffer>> {
	const key = cacheKey([...(await renderer), JSON.stringify(card)]);
	return cachedFile(cacheDir, `${key}.png`, async () => {
		// Loaded only to draw: a build whose cards are all cached never starts either library.
		const [{ default: satori }, { default: sharp }] = await Promise.all([
			import('satori'),
			import('sharp'),
		]);
		const svg = await satori(card, { ...OG_SIZE, fonts: await fonts });
		const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
		return new Uint8Array(png);
	});
}
