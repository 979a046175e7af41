import type { Compensation } from '../schemas/compensation';
import { formatAmount, formatCompensationRange } from '../lib/format';
import {
	CHART_WIDTH,
	type Interval,
	LINE_HEIGHT,
	linearScale,
	niceDomain,
	niceStep,
	round,
	ticks,
} from './scale';

/** What the chart needs of a role: its id, its name and its published range, if any. */
export interface PayEntry {
	id: string;
	title: string;
	compensation?: Compensation | undefined;
}

/** The axis every range is drawn on: shared by the comparison chart and each role's own bar. */
export interface PayScale {
	domain: Interval;
	step: number;
	currency: string;
}

/** One role's range as a bar: its extent in user units and the labels beside it. */
export interface RangeBar {
	id: string;
	title: string;
	pay: Compensation;
	/** "$150K–$350K", with "base" added when the range is base salary only. */
	label: string;
	x: number;
	width: number;
	/** Baseline of the label line above the bar. */
	labelY: number;
	/** Top of the bar. */
	barY: number;
}

/** A gridline and its amount. */
export interface Tick {
	x: number;
	label: string;
}

/** Everything a component needs to draw the range chart, and the roles it could not draw. */
export interface RangeChart {
	width: number;
	height: number;
	barHeight: number;
	plotTop: number;
	plotBottom: number;
	/** Baseline of the tick labels under the plot. */
	tickLabelY: number;
	ticks: Tick[];
	bars: RangeBar[];
	/** Roles with no figure in the sources, or a figure in another currency than the axis. */
	missing: PayEntry[];
	/** The years the figures are for, so the caption can state them. */
	years: number[];
}

const INSET = 28;
const BAR_HEIGHT = 14;

const withPay = (entry: PayEntry): entry is PayEntry & { compensation: Compensation } =>
	entry.compensation !== undefined;

/**
 * The shared axis for a set of roles, in the currency most of them use; undefined when none has
 * a figure. Every role page draws its bar on the scale of all roles, so bars can be compared.
 */
export function payScale(entries: readonly PayEntry[]): PayScale | undefined {
	const pays = entries.filter(withPay).map((entry) => entry.compensation);
	const counts = new Map<string, number>();
	for (const pay of pays) counts.set(pay.currency, (counts.get(pay.currency) ?? 0) + 1);
	const currency = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
	if (currency === undefined) return undefined;
	const amounts = pays.filter((pay) => pay.currency === currency).flatMap((p) => [p.min, p.max]);
	const step = niceStep(Math.max(...amounts) - Math.min(...amounts));
	return { domain: niceDomain(amounts, step), step, currency };
}

/** "$140K–$250K base": the range as the sources print it, marked when it leaves out bonus. */
export function rangeLabel(pay: Compensation): string {
	return formatCompensationRange(pay) + (pay.basis === 'base' ? ' base' : '');
}

/** How to lay the chart out: the comparison's full width with names, or a role's own compact bar. */
export interface RangeChartOptions {
	/** Width in user units; the SVG shows at this size and shrinks on narrow screens. */
	width?: number;
	/** Leaves out the line of name and range above each bar, for a page that already says them. */
	compact?: boolean;
}

/**
 * Lays out one horizontal bar per role, in the order given, on `scale`. A bar runs from the
 * range's minimum to its maximum; roles without a figure on this axis are returned as `missing`.
 */
export function rangeChart(
	entries: readonly PayEntry[],
	scale: PayScale,
	{ width = CHART_WIDTH, compact = false }: RangeChartOptions = {},
): RangeChart {
	const x = linearScale(scale.domain, [INSET, width - INSET]);
	const labelHeight = compact ? 0 : LINE_HEIGHT;
	const rowHeight = labelHeight + BAR_HEIGHT + (compact ? 8 : 13);
	const plotted = entries
		.filter(withPay)
		.filter((entry) => entry.compensation.currency === scale.currency);
	const bars = plotted.map((entry, index): RangeBar => {
		const top = index * rowHeight + (compact ? 4 : 0);
		const pay = entry.compensation;
		return {
			id: entry.id,
			title: entry.title,
			pay,
			label: rangeLabel(pay),
			x: round(x(pay.min)),
			width: round(x(pay.max) - x(pay.min)),
			labelY: top + labelHeight - 4,
			barY: top + labelHeight + 4,
		};
	});
	const plotBottom = bars.length * rowHeight + (compact ? 4 : 0);
	return {
		width,
		height: plotBottom + LINE_HEIGHT + 8,
		barHeight: BAR_HEIGHT,
		plotTop: 0,
		plotBottom,
		tickLabelY: plotBottom + LINE_HEIGHT,
		ticks: ticks(scale.domain, scale.step).map((value) => ({
			x: round(x(value)),
			label: formatAmount(value, scale.currency),
		})),
		bars,
		missing: entries.filter((entry) => !bars.some((bar) => bar.id === entry.id)),
		years: [...new Set(bars.map((bar) => bar.pay.year))].sort(),
	};
}
