import { CHART_WIDTH, LINE_HEIGHT, round, wrapText } from './scale';

/** What the timeline needs of an era: when, in words, and what happened. */
export interface EraInput {
	id: string;
	/** "1950s–1970s", "Around 2008": the period as the sources give it. */
	period: string;
	/** The year the era starts; stops are ordered by it. */
	start: number;
	label: string;
}

/** A placed era: a dot on the line, the period in bold and the label under it. */
export interface TimelineItem extends EraInput {
	dotY: number;
	periodY: number;
	lines: string[];
	/** Baseline of the first label line. */
	labelY: number;
}

/** The timeline: a vertical line with one stop per era, oldest first. */
export interface Timeline {
	width: number;
	height: number;
	lineX: number;
	textX: number;
	items: TimelineItem[];
}

const LINE_X = 10;
const TEXT_X = 30;
const LABEL_CHARS = 54;
const ERA_GAP = 16;

/**
 * Lays the eras out top to bottom, oldest first. Stops are evenly spaced rather than to
 * scale: the eras span seventy years but crowd into the last fifteen, and their order is the point.
 */
export function timeline(eras: readonly EraInput[]): Timeline {
	let top = 0;
	const items = [...eras]
		.sort((a, b) => a.start - b.start)
		.map((era): TimelineItem => {
			const lines = wrapText(era.label, LABEL_CHARS);
			const item = {
				...era,
				dotY: top + LINE_HEIGHT / 2,
				periodY: round(top + LINE_HEIGHT - 5),
				lines,
				labelY: round(top + 2 * LINE_HEIGHT - 5),
			};
			top += (lines.length + 1) * LINE_HEIGHT + ERA_GAP;
			return item;
		});
	return {
		width: CHART_WIDTH,
		height: Math.max(top - ERA_GAP, 0),
		lineX: LINE_X,
		textX: TEXT_X,
		items,
	};
}
