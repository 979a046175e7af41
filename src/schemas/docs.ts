import { docsSchema } from '@astrojs/starlight/schema';
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { GuideNextStepSchema } from './next-step';
import { PageSourcesSchema } from './sources';

/**
 * What `docsSchema` is given in place of Astro's image helper, which resolves an image file named
 * in a page's frontmatter and exists only while Astro loads a collection, so it cannot be part of
 * a schema built once. Its shape is that of the image metadata the helper produces; no value
 * reaches it, as `namesHeroImageFile` turns away every hero image file first.
 */
const importedImage: ImageFunction = () =>
	z.object({
		src: z.string(),
		width: z.number(),
		height: z.number(),
		format: z.union([
			z.literal('png'),
			z.literal('jpg'),
			z.literal('jpeg'),
			z.literal('tiff'),
			z.literal('webp'),
			z.literal('gif'),
			z.literal('svg'),
			z.literal('avif'),
			z.literal('apng'),
		]),
	});

/** Why a page's frontmatter cannot name an image file, for the build error that names the page. */
export const FRONTMATTER_IMAGE_MESSAGE =
	'hero image files are not used on this site: the docs schema is built once, without Astro’s image helper (see src/schemas/docs.ts); put the image in the page body instead';

/** Frontmatter with a hero image, in any form. */
const WithHeroImage = z.object({ hero: z.object({ image: z.record(z.string(), z.unknown()) }) });

/** Whether frontmatter names a hero image file, the one image file Starlight's frontmatter holds. */
function namesHeroImageFile(frontmatter: unknown): boolean {
	const parsed = WithHeroImage.safeParse(frontmatter);
	return parsed.success && ['file', 'dark', 'light'].some((key) => key in parsed.data.hero.image);
}

/**
 * The `docs` collection's frontmatter: Starlight's, with the site's sources box and next step.
 * It is built once, as a schema rather than as Starlight's function of Astro's image helper,
 * because Starlight calls that function again for every page drawn with `<StarlightPage>`, and
 * building the schema costs more than checking the frontmatter with it (about 1.5 ms a page,
 * 0.1 s of every build). The price is hero image files, which no page uses: a page that names one
 * fails the build with `FRONTMATTER_IMAGE_MESSAGE` (a hero image as markup still works).
 */
export const DocsSchema = z.preprocess(
	(frontmatter, context) => {
		if (namesHeroImageFile(frontmatter))
			context.addIssue({
				code: 'custom',
				path: ['hero', 'image'],
				message: FRONTMATTER_IMAGE_MESSAGE,
				input: frontmatter,
			});
		return frontmatter;
	},
	docsSchema({
		extend: z.object({
			sources: PageSourcesSchema.optional(),
			nextStep: GuideNextStepSchema.optional(),
		}),
	})({ image: importedImage }),
);
