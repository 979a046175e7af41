import { nounFor } from '../lib/format';
/**
 * The RICE calculator's arithmetic, as the sources give it: RICE = Reach × Impact × Confidence ÷
 * Effort, with reach in users per month, impact from 0.25 (low) to 3 (massive), confidence as a
 * share and effort in person-months, adjusted for the hidden costs of AI (labelling, retraining,
 * monitoring and regulatory review) by adding them to effort. Inputs arrive as the text of form
 * fields; every bad value gets a message and no score is ever NaN or infinite.
 */

/** The hidden costs of AI the sources say to add to effort, in person-months each. */
export const HIDDEN_COSTS = ['labelling', 'retraining', 'monitoring', 'regulatory-review'] as const;

/** The fields of the RICE formula itself, in form order. */
export const RICE_FACTORS = ['reach', 'impact', 'confidence', 'effort'] as const;

/** The numeric fields of a feature, in form order. */
export const RICE_FIELDS = [...RICE_FACTORS, ...HIDDEN_COSTS] as const;

/** One numeric field. */
export type RiceField = (typeof RICE_FIELDS)[number];

/** How the form labels each field, with its unit or range as a hint. */
export const RICE_FIELD_TEXT: Record<RiceField, { label: string; hint: string }> = {
	reach: { label: 'Reach', hint: 'users affected per month' },
	impact: { label: 'Impact', hint: 'from 0.25 (low) to 3 (massive)' },
	confidence: { label: 'Confidence', hint: 'a percentage, from 0 to 100' },
	effort: { label: 'Effort', hint: 'person-months to build it' },
	labelling: { label: 'Labelling', hint: 'person-months' },
	retraining: { label: 'Retraining', hint: 'person-months' },
	monitoring: { label: 'Monitoring', hint: 'person-months' },
	'regulatory-review': { label: 'Regulatory review', hint: 'person-months' },
};

/** A field's bounds and the message shown when a value breaks them. */
interface Rule {
	min: number;
	max: number;
	/** Whether the minimum itself is refused (effort must be more than zero). */
	aboveMin: boolean;
	/** Whether an empty field counts as zero. */
	optional: boolean;
	message: string;
}

const hiddenCost: Rule = {
	min: 0,
	max: Infinity,
	aboveMin: false,
	optional: true,
	message: 'A hidden cost is in person-months and cannot be negative.',
};

/** The bounds of every field, from the sources' definitions. */
export const RICE_RULES: Record<RiceField, Rule> = {
	reach: {
		min: 0,
		max: Infinity,
		aboveMin: false,
		optional: false,
		message: 'Reach is a number of users per month and cannot be negative.',
	},
	impact: {
		min: 0.25,
		max: 3,
		aboveMin: false,
		optional: false,
		message: 'Impact runs from 0.25 (low) to 3 (massive).',
	},
	confidence: {
		min: 0,
		max: 100,
		aboveMin: false,
		optional: false,
		message: 'Confidence is a percentage from 0 to 100.',
	},
	effort: {
		min: 0,
		max: Infinity,
		aboveMin: true,
		optional: false,
		message: 'Effort is in person-months and must be more than 0.',
	},
	labelling: hiddenCost,
	retraining: hiddenCost,
	monitoring: hiddenCost,
	'regulatory-review': hiddenCost,
};

/** A problem with one field, shown beside it. */
export interface FieldProblem {
	field: RiceField;
	message: string;
}

/** A feature whose fields all hold valid numbers, with its two scores. */
export interface ScoredFeature {
	/** The RICE score with the first estimate of effort. */
	before: number;
	/** The RICE score once the hidden costs are added to effort. */
	after: number;
	/** Effort plus hidden costs, in person-months. */
	totalEffort: number;
}

/** A decimal number as typed ("2", "0.5", ".5", "1e3"); anything else is not a number. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Reads one field: its number, or the message to show beside it. */
export function readField(field: RiceField, text: string): number | FieldProblem {
	const rule = RICE_RULES[field];
	const trimmed = text.trim();
	if (trimmed === '' && rule.optional) return 0;
	if (trimmed === '') return { field, message: 'Enter a number.' };
	const value = Number(trimmed);
	if (!DECIMAL.test(trimmed) || !Number.isFinite(value)) {
		return { field, message: 'Enter a number, such as 2 or 0.5.' };
	}
	const tooLow = rule.aboveMin ? value <= rule.min : value < rule.min;
	// "-0" is zero: adding 0 turns negative zero into plain zero, so it never shows as "-0".
	return tooLow || value > rule.max ? { field, message: rule.message } : value + 0;
}

/** RICE = Reach × Impact × Confidence ÷ Effort, with confidence given as a percentage. */
export function riceScore(
	reach: number,
	impact: number,
	confidence: number,
	effort: number,
): number {
	return (reach * impact * (confidence / 100)) / effort;
}

/**
 * Scores a feature from the text of its fields (as typed into the form), or lists every field
 * that needs fixing first.
 */
export function scoreFeature(text: (field: RiceField) => string): ScoredFeature | FieldProblem[] {
	const values: Partial<Record<RiceField, number>> = {};
	const problems: FieldProblem[] = [];
	for (const field of RICE_FIELDS) {
		const read = readField(field, text(field));
		if (typeof read === 'number') values[field] = read;
		else problems.push(read);
	}
	if (problems.length > 0) return problems;
	const { reach = 0, impact = 0, confidence = 0, effort = 0 } = values;
	const totalEffort = HIDDEN_COSTS.reduce((sum, cost) => sum + (values[cost] ?? 0), effort);
	const before = riceScore(reach, impact, confidence, effort);
	if (!Number.isFinite(before) || !Number.isFinite(totalEffort)) {
		return [{ field: 'reach', message: 'These numbers are too large to score.' }];
	}
	return {
		before,
		after: riceScore(reach, impact, confidence, totalEffort),
		totalEffort,
	};
}

/** A scored feature with its place in both rankings (1 is first). */
export interface RankedFeature extends ScoredFeature {
	/** The feature's position in the form, from 0, so the table can name unnamed features. */
	index: number;
	rankBefore: number;
	rankAfter: number;
}

/** Ranks by score, highest first; equal scores share a rank (1, 2, 2, 4). */
function ranks(scores: readonly number[]): number[] {
	return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}

/**
 * Ranks the scored features by their score with hidden costs, keeping each one's rank without
 * them so the table shows what moved. Ties keep form order.
 */
export function rankFeatures(
	features: readonly { index: number; feature: ScoredFeature }[],
): RankedFeature[] {
	const before = ranks(features.map(({ feature }) => feature.before));
	const after = ranks(features.map(({ feature }) => feature.after));
	return features
		.map(({ index, feature }, i) => ({
			...feature,
			index,
			rankBefore: before[i] ?? 0,
			rankAfter: after[i] ?? 0,
		}))
		.sort((a, b) => a.rankAfter - b.rankAfter || a.index - b.index);
}

/** A score as readers see it: from 10 up in whole numbers, grouped; below that to two decimals. */
export function formatScore(score: number): string {
	return (score + 0).toLocaleString('en-GB', {
		maximumFractionDigits: score >= 10 ? 0 : 2,
	});
}

/** "1 person-month", "8.5 person-months": an effort as the ranking table shows it. */
export function formatEffort(months: number): string {
	return `${formatScore(months)} ${nounFor(months, 'person-month')}`;
}
