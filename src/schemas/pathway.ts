import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { DurationSchema } from './duration';
import { StableIdSchema } from './id';
import { OriginSchema } from './origin';
import { PageSourcesSchema } from './sources';

/** Kinds of step, in the order a move usually needs them. */
export const STEP_KINDS = ['learn', 'project', 'portfolio', 'network', 'move'] as const;

/** Labels shown to readers, one per step kind. */
export const STEP_KIND_LABELS: Record<(typeof STEP_KINDS)[number], string> = {
	learn: 'Learn',
	project: 'Project',
	portfolio: 'Portfolio',
	network: 'Network',
	move: 'Make the move',
};

/**
 * Kinds of step that leave evidence behind (a project, a write-up, notes, a move), so each must
 * say what "done" looks like. A `learn` step may leave it out.
 */
export const EVIDENCE_STEP_KINDS: readonly (typeof STEP_KINDS)[number][] = [
	'project',
	'portfolio',
	'network',
	'move',
];

/**
 * One thing to do. Its `id` keys saved progress, so it never changes once published. The page shows
 * the step's links (exercise, guide, role, resources), the skills it builds and when it is done.
 */
export const StepSchema = z
	.object({
		/** Stable id, unique within the pathway. */
		id: StableIdSchema,
		/** What to do, as an imperative ("Take a course in ML fundamentals"). */
		title: z.string().min(1),
		/** What kind of step this is. */
		kind: z.enum(STEP_KINDS),
		/** A sentence or two on how to go about it. */
		detail: z.string().optional(),
		/**
		 * What "done" looks like: the evidence the reader will have ("a deployed API with a drift
		 * dashboard"), shown as "Done when: …". Required for every kind but `learn`.
		 */
		done: z.string().min(1).optional(),
		/** The exercise this step is, or uses. A step named after an exercise must link to it. */
		exercise: reference('exercises').optional(),
		/** A guide to read for this step. */
		guide: reference('docs').optional(),
		/** A role page to read for this step. */
		role: reference('roles').optional(),
		/** Courses, tools, papers and organisations the step uses, from the resources collection. */
		resources: z.array(reference('resources')).default([]),
		/** The skills the step builds, from the skills collection; "skip what you know" reads these. */
		skills: z.array(reference('skills')).default([]),
	})
	.refine((step) => step.done !== undefined || !EVIDENCE_STEP_KINDS.includes(step.kind), {
		message: 'every step but a learn step must say what done looks like',
		path: ['done'],
	});

/** A stage of a pathway: a span of time with its steps, in order. */
export const StageSchema = z.object({
	/** Stable id, unique within the pathway. */
	id: StableIdSchema,
	/** The stage's name ("Months 1–2: decide and research"). */
	title: z.string().min(1),
	/** How long the stage usually takes. */
	duration: DurationSchema,
	/** Steps in the order to take them. */
	steps: z.array(StepSchema).min(1),
});

/**
 * A transition pathway from a role or background to a role, as ordered stages. Every step id is
 * unique within the pathway, and all stages count time in the same unit so the total is their sum.
 */
export const PathwaySchema = z
	.object({
		/** The move, named for readers ("Software Engineer → ML Engineer"). */
		title: z.string().min(1),
		/** One or two sentences on the move. Used as the page description and in lists. */
		summary: z.string().min(1).max(300),
		/** Where the move starts. */
		from: OriginSchema,
		/** The role the move leads to. */
		to: reference('roles'),
		/** Who this pathway is for. */
		audience: z.string().min(1),
		/** What carries over from the starting point. */
		carriesOver: z.array(z.string().min(1)).min(1),
		/** What is missing and has to be learned. */
		gaps: z.array(z.string().min(1)).min(1),
		/** The stages, in order. */
		stages: z.array(StageSchema).min(1),
		/** Mistakes people make on this move. */
		pitfalls: z.array(z.string().min(1)).default([]),
		/** Exercises to do along the way. */
		exercises: z.array(reference('exercises')).default([]),
		/** Case studies that show this move, or its destination, in practice. */
		caseStudies: z.array(reference('caseStudies')).default([]),
		/** The page's "Sources" box. */
		sources: PageSourcesSchema,
	})
	.superRefine((pathway, ctx) => {
		const seen = new Map<string, string>();
		const note = (id: string, path: (string | number)[]) => {
			const where = path.join('.');
			const first = seen.get(id);
			if (first === undefined) seen.set(id, where);
			else
				ctx.addIssue({
					code: 'custom',
					message: `duplicate id "${id}", first used at ${first}`,
					path,
				});
		};
		pathway.stages.forEach((stage, stageIndex) => {
			note(stage.id, ['stages', stageIndex, 'id']);
			stage.steps.forEach((step, stepIndex) =>
				note(step.id, ['stages', stageIndex, 'steps', stepIndex, 'id']),
			);
			if (stage.duration.unit !== pathway.stages[0]?.duration.unit) {
				ctx.addIssue({
					code: 'custom',
					message: 'every stage of a pathway must count time in the same unit',
					path: ['stages', stageIndex, 'duration', 'unit'],
				});
			}
		});
	});
