import { z } from 'astro/zod';
import { CurrencySchema } from './compensation';

/** One step of a career story's pay, as the story's own table gives it. */
export const ProgressionRowSchema = z.object({
	/** When, as the story counts time ("Year 0", "Year 1 (the move)"). */
	when: z.string().min(1),
	/** The title held then ("Associate AI PM"). */
	role: z.string().min(1),
	/** Pay in whole currency units per year, before what `extra` adds. */
	amount: z.number().int().nonnegative(),
	/** What came on top, in the story's words ("15% bonus", "equity"). */
	extra: z.string().min(1).optional(),
	/** What drove the pay at that step, as the story explains it. */
	driver: z.string().min(1),
});

/**
 * One person's pay over a career move, for the progression chart and its table: the figures live
 * here once, and the case study's page draws both from them.
 */
export const ProgressionSchema = z.object({
	/** ISO 4217 currency code of every amount. */
	currency: CurrencySchema,
	/** The steps, oldest first. */
	rows: z.array(ProgressionRowSchema).min(2),
});

/** A career progression after validation. */
export type Progression = z.output<typeof ProgressionSchema>;
