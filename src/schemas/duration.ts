import { z } from 'astro/zod';

/** Units a duration can be written in. */
export const DURATION_UNITS = ['hours', 'weeks', 'months'] as const;

/**
 * Where a duration comes from. `source`: the figure is in the source material (the ML Engineer to
 * AI PM story gives months, for example). `estimate`: the editors' planning estimate, shown to
 * readers as such, because the sources give no figure.
 */
export const DURATION_BASES = ['source', 'estimate'] as const;

/**
 * A span of time such as "3–6 months" or "2 hours". Both ends are whole or half units, and the
 * minimum may not exceed the maximum.
 */
export const DurationSchema = z
	.object({
		/** The shortest the span usually takes. */
		min: z.number().positive(),
		/** The longest the span usually takes; equal to `min` for a single figure. */
		max: z.number().positive(),
		/** The unit both ends are counted in. */
		unit: z.enum(DURATION_UNITS),
		/** Whether the figure comes from the sources or is the editors' estimate. */
		basis: z.enum(DURATION_BASES).default('estimate'),
	})
	.refine((duration) => duration.min <= duration.max, {
		message: 'min must not be greater than max',
		path: ['min'],
	});

/** A duration after validation. */
export type Duration = z.output<typeof DurationSchema>;
