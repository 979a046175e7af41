import { z } from 'astro/zod';

/**
 * Role families, in the order indexes and tables group them: from research through engineering,
 * data and product to governance, then the roles the LLM era created.
 */
export const FAMILIES = [
	'research',
	'engineering',
	'data',
	'product',
	'governance',
	'emerging',
] as const;

/** A role family, as written in content. */
export type Family = (typeof FAMILIES)[number];

/** Headings shown to readers, one per family. */
export const FAMILY_LABELS: Record<Family, string> = {
	research: 'Research and science',
	engineering: 'Engineering and production',
	data: 'Data',
	product: 'Product and strategy',
	governance: 'Safety, ethics and governance',
	emerging: 'Roles the LLM era reshaped',
};

/** Validates a family written in frontmatter. */
export const FamilySchema = z.enum(FAMILIES);
