import { z } from 'astro/zod';

/** An ISO 4217 currency code, such as USD. */
export const CurrencySchema = z
	.string()
	.regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as USD');

/**
 * A compensation range exactly as the sources give it: a range for a year, never a promise.
 * Amounts are whole currency units per year (200000, not "200K").
 */
export const CompensationSchema = z
	.object({
		/** The low end of the range, in whole currency units per year. */
		min: z.number().int().positive(),
		/** The high end of the range, in whole currency units per year. */
		max: z.number().int().positive(),
		/** True where the source writes the top of the range as open-ended ("$500K+"). */
		openEnded: z.boolean().default(false),
		/** ISO 4217 currency code. */
		currency: CurrencySchema,
		/** The year the source gives for the figures. */
		year: z.number().int().min(2000).max(2100),
		/**
		 * What the range covers, only where the source says: total compensation (with bonus and
		 * equity), or base salary before them. Most published ranges do not say, and the site does
		 * not guess for them.
		 */
		basis: z.enum(['total', 'base', 'unstated']).default('unstated'),
		/** The source document and section the range is taken from. */
		source: z.string().min(1),
		/** The source's own caveat on the range (seniority, company, location), in our words. */
		note: z.string().optional(),
	})
	.refine((pay) => pay.min <= pay.max, {
		message: 'min must not be greater than max',
		path: ['min'],
	});

/** A compensation range after validation. */
export type Compensation = z.output<typeof CompensationSchema>;
