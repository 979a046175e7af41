import { formatAmountInFull } from '../lib/format';
import { CHART_WIDTH, LINE_HEIGHT, linearScale, round } from './scale';

/** One year of a career: when, the title held, and what it paid. */
export interface ProgressionInput {
	when: string;
	role: string;
	amount: number;
	/** What came on top of the amount ("15% bonus", "equity"), as the source words it. */
	extra?: string | undefined;
}

/** A placed year: a bar from zero to the amount, with its labels above. */
export type ProgressionBar<Row extends ProgressionInput = ProgressionInput> = Row & {
	/** "$180,000 + 15% bonus". */
	value: string;
	labelY: number;
	barY: number;
	width: number;
};

/** The progression chart: one bar per year, starting at zero so lengths compare honestly. */
export interface ProgressionChart<Row extends ProgressionInput = ProgressionInput> {
	width: number;
	height: number;
	x: number;
	barHeight: number;
	bars: ProgressionBar<Row>[];
}

const ROW_HEIGHT = 46;
const BAR_HEIGHT = 14;
const INSET = 2;

/** "$180,000 + 15% bonus": an amount in full, as the sources print personal figures. */
export function progressionValue(row: ProgressionInput, currency: string): string {
	const amount = formatAmountInFull(row.amount, currency);
	return row.extra ? `${amount} + ${row.extra}` : amount;
}

/**
 * Lays out one bar per row, in the order given, on a scale from zero to the largest amount. Rows
 * keep their other fields, so a table can be drawn from the same bars.
 */
export function progressionChart<Row extends ProgressionInput>(
	rows: readonly Row[],
	currency: string,
): ProgressionChart<Row> {
	const largest = Math.max(0, ...rows.map((row) => row.amount));
	const x = linearScale([0, largest], [INSET, CHART_WIDTH - INSET]);
	return {
		width: CHART_WIDTH,
		height: rows.length * ROW_HEIGHT,
		x: INSET,
		barHeight: BAR_HEIGHT,
		bars: rows.map((row, index) => ({
			...row,
			value: progressionValue(row, currency),
			labelY: index * ROW_HEIGHT + LINE_HEIGHT - 4,
			barY: index * ROW_HEIGHT + LINE_HEIGHT + 4,
			width: round(x(row.amount) - INSET),
		})),
	};
}
