import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { PageSourcesSchema } from './sources';
import { DurationSchema } from './duration';
import { LevelSchema } from './level';

/** A hands-on exercise with a deliverable the reader can check against a rubric. */
export const ExerciseSchema = z.object({
	/** The exercise's name ("Map your skills to AI roles"). */
	title: z.string().min(1),
	/** One or two sentences: what the reader does and gets. Used as description and in lists. */
	summary: z.string().min(1).max(300),
	/** How hard it is. */
	level: LevelSchema,
	/** How long it usually takes. */
	duration: DurationSchema,
	/** The roles it builds toward. */
	roles: z.array(reference('roles')).min(1),
	/** What the exercise is for, in a sentence. */
	goal: z.string().min(1),
	/** What the reader ends up with. */
	deliverable: z.string().min(1),
	/** What to do, in order. */
	steps: z.array(z.string().min(1)).min(1),
	/** Questions to check one's own work against. */
	rubric: z.array(z.string().min(1)).min(1),
	/** Hints, hidden until the reader asks for them. */
	hints: z.array(z.string().min(1)).default([]),
	/** Case studies to draw on. */
	caseStudies: z.array(reference('caseStudies')).default([]),
	/** The page's "Sources" box. */
	sources: PageSourcesSchema,
});
