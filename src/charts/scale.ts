/**
 * Scales and text layout shared by every chart. Charts are drawn once, at build time, as static
 * SVG; these helpers keep their geometry free of NaN and their coordinates short.
 */

/** The width, in SVG user units, every chart is laid out in; the SVG scales down from it. */
export const CHART_WIDTH = 440;

/** The font size, in user units, of chart labels: about 12 px on a 375 px phone, 15 px on desktop. */
export const FONT_SIZE = 15;

/** Distance between the baselines of two lines of label text. */
export const LINE_HEIGHT = 19;

/** A closed interval of numbers, low end first. */
export type Interval = readonly [number, number];

/**
 * Maps a value from `domain` onto `range` linearly. An empty domain maps everything to the start
 * of the range, so a chart of one value draws a point rather than NaN.
 */
export function linearScale(domain: Interval, range: Interval): (value: number) => number {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * A round step (1, 2 or 5 times a power of ten) that splits `span` into at most `count` parts,
 * so axis labels read as "$100K, $200K…" instead of arbitrary amounts.
 */
export function niceStep(span: number, count = 4): number {
	if (!(span > 0)) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
	return factor * power;
}

/** The smallest interval of whole `step`s that holds every value; never empty. */
export function niceDomain(values: readonly number[], step: number): Interval {
	const low = Math.floor(Math.min(...values) / step) * step;
	const high = Math.ceil(Math.max(...values) / step) * step;
	return high > low ? [low, high] : [low, low + step];
}

/** Every multiple of `step` in the domain, ends included. */
export function ticks(domain: Interval, step: number): number[] {
	const count = Math.round((domain[1] - domain[0]) / step);
	return Array.from({ length: count + 1 }, (_, index) => domain[0] + index * step);
}

/** A coordinate rounded to one decimal, so the SVG stays small and diffs stay readable. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * Breaks a label into lines of at most `maxChars` characters at spaces (a longer word keeps its
 * own line). SVG text does not wrap by itself, and labels must fit a phone-width chart.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(word);
		}
	}
	return lines;
}

/**
 * Joins list items into lines of at most `maxChars` characters, breaking only between items (an
 * item longer than the limit keeps its own line), so "Serving · Monitoring" never splits mid-item.
 */
export function wrapList(items: readonly string[], maxChars: number, separator = ' · '): string[] {
	const lines: string[] = [];
	for (const item of items) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + separator.length + item.length <= maxChars) {
			lines[lines.length - 1] = `${last}${separator}${item}`;
		} else {
			lines.push(item);
		}
	}
	return lines;
}
