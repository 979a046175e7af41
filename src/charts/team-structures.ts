import { CHART_WIDTH, LINE_HEIGHT, round, wrapList, wrapText } from './scale';

/** The three ways the guide says organisations arrange their AI people. */
export const TEAM_MODELS = ['centralised', 'embedded', 'hub-and-spoke'] as const;

/** One of the team models. */
export type TeamModel = (typeof TEAM_MODELS)[number];

/** A team in a diagram: its name and who or what is in it. */
export interface TeamGroup {
	label: string;
	members: string[];
}

/** What a diagram shows: an optional central team above the teams it serves. */
export interface TeamModelDefinition {
	title: string;
	description: string;
	centre?: TeamGroup | undefined;
	units: TeamGroup[];
}

/**
 * The three models as the guide "How AI teams are structured" describes them. They are pictures
 * of that prose, not data: three teams stand for "every product team" or "each business unit".
 */
export const TEAM_MODEL_DEFINITIONS: Record<TeamModel, TeamModelDefinition> = {
	centralised: {
		title: 'Centralised AI team',
		description:
			'One central AI/ML team of data scientists, ML engineers and data engineers serves the whole organisation; every business unit sends its requests to that team.',
		centre: {
			label: 'Central AI/ML team',
			members: ['Data scientists', 'ML engineers', 'Data engineers'],
		},
		units: [
			{ label: 'Business unit', members: [] },
			{ label: 'Business unit', members: [] },
			{ label: 'Business unit', members: [] },
		],
	},
	embedded: {
		title: 'Embedded AI practitioners',
		description:
			'There is no central AI team: every product team has its own data scientist and ML engineer.',
		units: [
			{ label: 'Product team', members: ['Data scientist', 'ML engineer'] },
			{ label: 'Product team', members: ['Data scientist', 'ML engineer'] },
			{ label: 'Product team', members: ['Data scientist', 'ML engineer'] },
		],
	},
	'hub-and-spoke': {
		title: 'Hub-and-spoke AI teams',
		description:
			'A central ML platform team, the hub, provides shared training pipelines, feature stores, serving and monitoring to product teams, the spokes, each with its own applied scientist and ML engineer.',
		centre: {
			label: 'ML platform team (hub)',
			members: ['Training pipelines', 'Feature stores', 'Serving', 'Monitoring'],
		},
		units: [
			{ label: 'Product team (spoke)', members: ['Applied scientist', 'ML engineer'] },
			{ label: 'Product team (spoke)', members: ['Applied scientist', 'ML engineer'] },
			{ label: 'Product team (spoke)', members: ['Applied scientist', 'ML engineer'] },
		],
	},
};

/** A box of the diagram: a team (with its name in bold) or a member inside one. */
export interface DiagramBox {
	kind: 'centre' | 'unit' | 'member';
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
	/** How many of the lines, from the first, name the team (shown bold); the rest list members. */
	nameLines: number;
	/** Baseline of the first line of text, centred horizontally on the box. */
	textY: number;
}

/** A connector from the central team to a team it serves. */
export interface DiagramLink {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** A laid-out team diagram. */
export interface TeamDiagram extends TeamModelDefinition {
	width: number;
	height: number;
	boxes: DiagramBox[];
	links: DiagramLink[];
}

const GAP = 10;
const PAD = 8;
const LINK_LENGTH = 36;
const UNIT_CHARS = 17;
const MEMBER_CHARS = 15;
const CENTRE_CHARS = 50;

const textHeight = (lines: readonly string[]) => lines.length * LINE_HEIGHT;

/** Places the text of a box: its first baseline sits one line below the top padding. */
function box(
	kind: DiagramBox['kind'],
	x: number,
	y: number,
	width: number,
	height: number,
	lines: string[],
	nameLines = kind === 'member' ? 0 : lines.length,
): DiagramBox {
	return {
		kind,
		x: round(x),
		y: round(y),
		width: round(width),
		height,
		lines,
		nameLines,
		textY: y + PAD + LINE_HEIGHT - 5,
	};
}

/**
 * Lays out a model: the central team, if any, across the top; the teams it serves in a row
 * beneath, each holding its members; a connector from the centre to each team.
 */
export function teamDiagram(model: TeamModel): TeamDiagram {
	const definition = TEAM_MODEL_DEFINITIONS[model];
	const boxes: DiagramBox[] = [];
	const links: DiagramLink[] = [];
	let top = 0;
	const { centre, units } = definition;
	if (centre) {
		const name = wrapText(centre.label, CENTRE_CHARS);
		const lines = [...name, ...wrapList(centre.members, CENTRE_CHARS)];
		const height = textHeight(lines) + 2 * PAD;
		boxes.push(box('centre', 0, 0, CHART_WIDTH, height, lines, name.length));
		top = height + LINK_LENGTH;
	}
	const unitWidth = (CHART_WIDTH - GAP * (units.length - 1)) / units.length;
	const laidOut = units.map((unit) => ({
		label: wrapText(unit.label, UNIT_CHARS),
		members: unit.members.map((member) => wrapText(member, MEMBER_CHARS)),
	}));
	const unitHeight = Math.max(
		...laidOut.map(
			({ label, members }) =>
				textHeight(label) +
				2 * PAD +
				members.reduce((sum, lines) => sum + textHeight(lines) + 2 * PAD + GAP / 2, 0),
		),
	);
	laidOut.forEach(({ label, members }, index) => {
		const x = index * (unitWidth + GAP);
		boxes.push(box('unit', x, top, unitWidth, unitHeight, label));
		let y = top + textHeight(label) + 2 * PAD;
		for (const lines of members) {
			const height = textHeight(lines) + 2 * PAD;
			boxes.push(box('member', x + PAD, y, unitWidth - 2 * PAD, height, lines));
			y += height + GAP / 2;
		}
		if (centre) {
			const cx = round(x + unitWidth / 2);
			links.push({ x1: cx, y1: top - LINK_LENGTH, x2: cx, y2: top });
		}
	});
	return {
		...definition,
		width: CHART_WIDTH,
		height: top + unitHeight,
		boxes,
		links,
	};
}
