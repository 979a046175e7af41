import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { BackgroundSchema } from './schemas/background';
import { CaseStudySchema } from './schemas/case-study';
import { ExerciseSchema } from './schemas/exercise';
import { PathwaySchema } from './schemas/pathway';
import { RoleSchema } from './schemas/role';
import { SkillSchema } from './schemas/skill';

/**
 * Where content lives. Tests point this at small fixture folders to prove that broken content
 * fails the build with a message naming the file and the field.
 */
const contentRoot = process.env['ATLAS_CONTENT_DIR'] ?? './content';

/** Loads one collection from its folder under the content root; files starting with `_` are drafts. */
const folder = (name: string, pattern = '**/[^_]*.{md,mdx}') =>
	glob({ base: `${contentRoot}/${name}`, pattern });

export const collections = {
	docs: defineCollection({ loader: folder('docs'), schema: docsSchema() }),
	roles: defineCollection({ loader: folder('roles'), schema: RoleSchema }),
	pathways: defineCollection({ loader: folder('pathways'), schema: PathwaySchema }),
	caseStudies: defineCollection({ loader: folder('case-studies'), schema: CaseStudySchema }),
	exercises: defineCollection({ loader: folder('exercises'), schema: ExerciseSchema }),
	backgrounds: defineCollection({
		loader: folder('backgrounds', '**/[^_]*.yaml'),
		schema: BackgroundSchema,
	}),
	skills: defineCollection({ loader: folder('skills', '**/[^_]*.yaml'), schema: SkillSchema }),
	i18n: defineCollection({ loader: folder('i18n', '**/[^_]*.json'), schema: i18nSchema() }),
};
