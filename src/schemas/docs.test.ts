import { describe, expect, test } from 'vitest';
import { DocsSchema, FRONTMATTER_IMAGE_MESSAGE } from './docs';

const page = {
	title: 'AI Career Atlas',
	template: 'splash',
	hero: { title: 'AI Career Atlas', tagline: 'Find your role.' },
};

describe('DocsSchema', () => {
	test('accepts a hero image given as markup, which needs no image file', () => {
		const hero = { ...page.hero, image: { html: '<svg></svg>' } };
		expect(DocsSchema.safeParse({ ...page, hero }).error?.issues).toBeUndefined();
	});

	test('is one schema, not a function Starlight would call again for every page', () => {
		expect(typeof DocsSchema).toBe('object');
		expect(DocsSchema.safeParse(page).success).toBe(true);
	});

	test("keeps the site's own fields", () => {
		const result = DocsSchema.safeParse({
			...page,
			sources: { documents: ['ai-ecosystem-and-careers'], gaps: ['Pay by country.'] },
			nextStep: {
				lead: 'Ready to choose?',
				href: '/find-your-role/',
				title: 'Find your role',
				summary: 'Eight questions.',
			},
		});
		expect(result.error?.issues).toBeUndefined();
		expect(result.data?.sources?.gaps).toEqual(['Pay by country.']);
	});

	test.each([
		['a file', { file: '../../assets/hero.png', alt: 'A hero' }],
		['light and dark files', { dark: './dark.png', light: './light.png', alt: 'A hero' }],
		['an imported image', { file: { src: '/h.png', width: 1, height: 1, format: 'png' } }],
	])('rejects a hero image given as %s, naming the field and why', (_, image) => {
		const result = DocsSchema.safeParse({ ...page, hero: { ...page.hero, image } });
		expect(result.error?.issues).toEqual([
			expect.objectContaining({ path: ['hero', 'image'], message: FRONTMATTER_IMAGE_MESSAGE }),
		]);
	});
});
