import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** Kinds of outside resource, in the order the resources page groups them. */
export const RESOURCE_KINDS = [
	'course',
	'framework',
	'tool',
	'platform',
	'model',
	'paper',
	'organisation',
] as const;

/** Headings shown to readers, one per kind. */
export const RESOURCE_KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
	course: 'Courses',
	framework: 'Frameworks and libraries',
	tool: 'Tools',
	platform: 'Platforms and services',
	model: 'Models',
	paper: 'Papers',
	organisation: 'Organisations and communities',
};

/** What one resource is, singular, shown beside its name ("Framework or library"). */
export const RESOURCE_KIND_NAMES: Record<(typeof RESOURCE_KINDS)[number], string> = {
	course: 'Course',
	framework: 'Framework or library',
	tool: 'Tool',
	platform: 'Platform or service',
	model: 'Model',
	paper: 'Paper',
	organisation: 'Organisation or community',
};

/**
 * An official web address. Only `https:` is accepted, so a typo such as `http:` or a
 * `javascript:` link fails the build naming the file and the field.
 */
export const OfficialUrlSchema = z.url().refine((value) => new URL(value).protocol === 'https:', {
	message: 'use an https: address (the official home page, or a paper’s arXiv page)',
});

/**
 * A course, tool, framework, platform, paper or organisation that the source documents name and
 * a reader might look up. Role pages and pathway steps link to these instead of naming them in
 * plain text; `/resources/` lists them all.
 */
export const ResourceSchema = z.object({
	/** The name as its makers write it ("PyTorch", "Stanford CS229"). */
	name: z.string().min(1),
	/** What kind of thing it is. */
	kind: z.enum(RESOURCE_KINDS),
	/** Its official address: the project's or course's own home page; for a paper, its arXiv page. */
	url: OfficialUrlSchema,
	/** What a reader would use it for, in one line. */
	purpose: z.string().min(1).max(200),
	/** The skills it helps build, from the skills collection. */
	skills: z.array(reference('skills')).default([]),
	/**
	 * Roles it serves besides those whose tools list it and those a pathway leads into from a
	 * step that links it: `/resources/` adds those itself, so they need not be repeated here.
	 */
	roles: z.array(reference('roles')).default([]),
	/** Other names readers type ("W&B", "HF"); indexed for search. */
	aliases: z.array(z.string().min(1)).default([]),
});
