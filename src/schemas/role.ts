import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CompensationSchema } from './compensation';
import { FamilySchema } from './family';
import { OriginSchema } from './origin';
import { PageSourcesSchema } from './sources';

/**
 * What employers expect in the way of a doctorate: `expected` (a PhD is the normal route), `phd-or-ms`
 * (a PhD or a master's), `not-needed` (said in so many words), or `unstated` where nothing is
 * published either way, which is most roles.
 */
export const PHD_EXPECTATIONS = ['expected', 'phd-or-ms', 'not-needed', 'unstated'] as const;

/**
 * Whether a role suits a reader, where its work happens and what to show an employer: the same
 * three sections on every role page. Each list must be written out, `[]` included, so a missing
 * key is a mistake the build names; an empty list renders one line saying nothing is published
 * on it for this role, so nothing is invented to fill a gap.
 */
export const RoleFitSchema = z.object({
	/** "Is it for you?": the signals of fit the documents give (ambiguity, travel, on-call nights…). */
	signals: z.array(z.string().min(1)),
	/** "Where the work happens": team model, on site or not, who the role works with. */
	workplace: z.array(z.string().min(1)),
	/** "Proof you can show": the evidence employers look for (publications, a shipped project…). */
	proof: z.array(z.string().min(1)),
});

/**
 * A role guide's typed data. The MDX body holds the prose; everything an index, table, chart,
 * search filter or the recommender needs lives here.
 */
export const RoleSchema = z
	.object({
		/** The role's name as readers know it ("ML Engineer"). */
		title: z.string().min(1),
		/** One or two sentences: what the role is. Used as the page description and in lists. */
		summary: z.string().min(1).max(300),
		/**
		 * Who the role suits, in a sentence, shown first in "At a glance" as "Who it is for", as a
		 * pathway's `audience` is: with the plans into the role beside it, what a skimming reader
		 * needs to decide whether to read on and where to start.
		 */
		audience: z.string().min(1).max(200),
		/** Which family the role belongs to; groups indexes and tables. */
		family: FamilySchema,
		/** The role's primary focus, as in the comparison table ("Production ML systems"). */
		focus: z.string().min(1),
		/** Core skills, short, as in the comparison table. */
		coreSkills: z.array(z.string().min(1)).min(1),
		/** The background people in the role usually have. */
		background: z.string().min(1),
		/** What employers usually expect of a newcomer ("a PhD in ML, statistics or maths"). */
		expects: z.string().min(1),
		/**
		 * Whether employers expect a PhD, only as the sources put it: the normal route, a PhD or an
		 * MS, not needed, or (most roles) not stated either way. Shown on the starting-point pages,
		 * where readers weigh moves side by side.
		 */
		phd: z.enum(PHD_EXPECTATIONS).default('unstated'),
		/** The skills the role relies on most, from the skills collection; the recommender's gap list. */
		keySkills: z.array(reference('skills')).min(1),
		/** The published pay range, where the sources give one. */
		compensation: CompensationSchema.optional(),
		/** Other names and abbreviations readers type ("MLE"); shown on the page and indexed. */
		aliases: z.array(z.string().min(1)).default([]),
		/** The nearest neighbouring roles, for "how it differs" and "related roles". */
		related: z.array(reference('roles')).default([]),
		/**
		 * For roles the LLM era reshaped: the role or background it evolved from. The page tells
		 * readers to search listings for this older work, since the role's name is not a job title.
		 */
		evolvedFrom: OriginSchema.optional(),
		/**
		 * The tools the role uses, grouped ("Pipelines": Airflow, Kubeflow, Metaflow); each links to
		 * its entry in the resources collection, so the role page's tools section is derived.
		 */
		tools: z
			.array(
				z.object({
					/** What the group of tools is for ("Experiment tracking"). */
					group: z.string().min(1),
					/** The tools, from the resources collection. */
					resources: z.array(reference('resources')).min(1),
				}),
			)
			.default([]),
		/** Is it for you, where the work happens, proof you can show. */
		fit: RoleFitSchema,
		/** The page's "Sources" box. */
		sources: PageSourcesSchema,
	})
	.refine((role) => role.family !== 'emerging' || role.evolvedFrom !== undefined, {
		message: 'roles in the emerging family must say what they evolved from',
		path: ['evolvedFrom'],
	});
