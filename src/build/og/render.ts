import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
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

/** Renders a preview card to a PNG at build time: Satori lays it out as SVG, sharp rasterises it. */
export async function renderCard(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(card, { ...OG_SIZE, fonts: await fonts });
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
	return new Uint8Array(png);
}
