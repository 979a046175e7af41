import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { BackgroundSchema } from './schemas/background';
import { CaseStudySchema } from './schemas/case-study';
import { DocsSchema } from './schemas/docs';
import { EraSchema } from './schemas/era';
import { FaqSchema } from './schemas/faq';
import { ExerciseSchema } from './schemas/exercise';
import { PathwaySchema } from './schemas/pathway';
import { AssessmentSchema, QuickMatchSchema } from './schemas/recommender';
import { ResourceSchema } from './schemas/resource';
import { RoleSchema } from './schemas/role';
import { SkillSchema } from './schemas/skill';
import { SourceDocumentSchema } from './schemas/sources';
import { TermSchema } from './schemas/term';

/**
 * Loads one collection from its folder under the top-level `content/` folder; files whose names
 * start with `_` are drafts and are skipped.
 */
const folder = (name: string, pattern = '**/[^_]*.{md,mdx}') =>
	glob({ base: `./content/${name}`, pattern });

export const collections = {
	docs: defineCollection({
		loader: folder('docs'),
		schema: DocsSchema,
	}),
	roles: defineCollection({ loader: folder('roles'), schema: RoleSchema }),
	pathways: defineCollection({ loader: folder('pathways'), schema: PathwaySchema }),
	caseStudies: defineCollection({ loader: folder('case-studies'), schema: CaseStudySchema }),
	exercises: defineCollection({ loader: folder('exercises'), schema: ExerciseSchema }),
	backgrounds: defineCollection({
		loader: folder('backgrounds', '**/[^_]*.yaml'),
		schema: BackgroundSchema,
	}),
	skills: defineCollection({ loader: folder('skills', '**/[^_]*.yaml'), schema: SkillSchema }),
	eras: defineCollection({ loader: folder('eras', '**/[^_]*.yaml'), schema: EraSchema }),
	recommenderQuickMatch: defineCollection({
		loader: folder('recommender', 'quick-match.json'),
		schema: QuickMatchSchema,
	}),
	recommenderAssessment: defineCollection({
		loader: folder('recommender', 'assessment.json'),
		schema: AssessmentSchema,
	}),
	sources: defineCollection({
		loader: folder('sources', '**/[^_]*.yaml'),
		schema: SourceDocumentSchema,
	}),
	resources: defineCollection({
		loader: folder('resources', '**/[^_]*.yaml'),
		schema: ResourceSchema,
	}),
	terms: defineCollection({ loader: folder('terms', '**/[^_]*.yaml'), schema: TermSchema }),
	faq: defineCollection({ loader: folder('faq'), schema: FaqSchema }),
	i18n: defineCollection({ loader: folder('i18n', '**/[^_]*.json'), schema: i18nSchema() }),
};
