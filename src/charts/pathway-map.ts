import { type Atlas, originTitle } from '../atlas/atlas';
import { paths } from '../lib/paths';
import { CHART_WIDTH, LINE_HEIGHT, round, wrapText } from './scale';

/** One end of a move: a background or a role, with its page if it has one. */
export interface MapEndInput {
	/** Unique across both kinds: "background:software_engineering", "role:ml-engineer". */
	key: string;
	title: string;
	href?: string | undefined;
}

/** One pathway: a move from an origin to a role. */
export interface MapEdgeInput {
	id: string;
	title: string;
	href: string;
	from: MapEndInput;
	to: MapEndInput;
}

/** A placed node: its label lines and the point edges attach to. */
export interface MapNode extends MapEndInput {
	lines: string[];
	/** Where edges attach. */
	x: number;
	y: number;
	/** Baseline of the first label line. */
	textY: number;
}

/** A placed pathway: a curve from its origin to its role. */
export interface MapEdge {
	id: string;
	title: string;
	href: string;
	from: string;
	to: string;
	/** SVG path data of the curve. */
	d: string;
}

/** The pathway map: origins on the left, roles on the right, one edge per pathway. */
export interface PathwayMap {
	width: number;
	height: number;
	origins: MapNode[];
	targets: MapNode[];
	edges: MapEdge[];
}

/** Characters per label line on each side, at the chart's font size. */
const LEFT_CHARS = 17;
const RIGHT_CHARS = 18;
const LEFT_X = 150;
const RIGHT_X = CHART_WIDTH - 160;
const NODE_GAP = 12;

/** The pathways of the atlas as map input: each origin keyed by kind, roles in family order. */
export function pathwayMapInput(atlas: Atlas): { edges: MapEdgeInput[]; targetOrder: string[] } {
	const edges = atlas.pathways.map((pathway): MapEdgeInput => {
		const { from, to } = pathway.data;
		const target = atlas.roles.find((role) => role.id === to.id);
		return {
			id: pathway.id,
			title: pathway.data.title,
			href: paths.pathway(pathway.id),
			from: {
				key: from.role ? `role:${from.role.id}` : `background:${from.background?.id ?? ''}`,
				title: originTitle(atlas, from),
				href: from.role ? paths.role(from.role.id) : undefined,
			},
			to: { key: `role:${to.id}`, title: target?.data.title ?? to.id, href: paths.role(to.id) },
		};
	});
	return { edges, targetOrder: atlas.roles.map((role) => `role:${role.id}`) };
}

/** Distinct ends of the edges, first seen first. */
function ends(edges: readonly MapEdgeInput[], side: 'from' | 'to'): MapEndInput[] {
	const byKey = new Map<string, MapEndInput>();
	for (const edge of edges) if (!byKey.has(edge[side].key)) byKey.set(edge[side].key, edge[side]);
	return [...byKey.values()];
}

/** Stacks nodes top to bottom, spreading them over `height` when given. */
function stack(
	inputs: readonly MapEndInput[],
	maxChars: number,
	x: number,
	height?: number,
): MapNode[] {
	const wrapped = inputs.map((input) => ({ input, lines: wrapText(input.title, maxChars) }));
	const used = wrapped.reduce((total, { lines }) => total + lines.length * LINE_HEIGHT, 0);
	const gap =
		height === undefined || wrapped.length < 2 ? NODE_GAP : (height - used) / (wrapped.length - 1);
	let top = 0;
	return wrapped.map(({ input, lines }) => {
		const blockHeight = lines.length * LINE_HEIGHT;
		const node: MapNode = {
			...input,
			lines,
			x,
			y: round(top + blockHeight / 2),
			textY: round(top + LINE_HEIGHT - 5),
		};
		top += blockHeight + gap;
		return node;
	});
}

/**
 * Lays out the map. Roles keep the order given (family order); origins are ordered by the mean
 * position of the roles they lead to, so edges cross as little as a simple rule allows. Edges run
 * top to bottom by origin, then by role, which is the order the keyboard visits them in.
 */
export function pathwayMap(
	edges: readonly MapEdgeInput[],
	targetOrder: readonly string[],
): PathwayMap {
	const rank = (key: string) => {
		const index = targetOrder.indexOf(key);
		return index === -1 ? targetOrder.length : index;
	};
	const targetInputs = ends(edges, 'to').sort((a, b) => rank(a.key) - rank(b.key));
	const targets = stack(targetInputs, RIGHT_CHARS, RIGHT_X);
	const last = targets.at(-1);
	const height = last ? last.y + (last.lines.length * LINE_HEIGHT) / 2 : 0;
	const centre = (key: string) => {
		const ranks = edges.filter((edge) => edge.from.key === key).map((edge) => rank(edge.to.key));
		return ranks.reduce((sum, value) => sum + value, 0) / ranks.length;
	};
	const originInputs = ends(edges, 'from').sort(
		(a, b) => centre(a.key) - centre(b.key) || a.title.localeCompare(b.title, 'en'),
	);
	const origins = stack(originInputs, LEFT_CHARS, LEFT_X, height);
	const at = (nodes: readonly MapNode[], key: string) => nodes.find((node) => node.key === key);
	const index = (nodes: readonly MapNode[], key: string) =>
		nodes.findIndex((node) => node.key === key);
	const ordered = [...edges].sort(
		(a, b) =>
			index(origins, a.from.key) - index(origins, b.from.key) ||
			index(targets, a.to.key) - index(targets, b.to.key),
	);
	const mid = round((LEFT_X + RIGHT_X) / 2);
	return {
		width: CHART_WIDTH,
		height: round(height),
		origins,
		targets,
		edges: ordered.flatMap((edge): MapEdge[] => {
			const from = at(origins, edge.from.key);
			const to = at(targets, edge.to.key);
			if (!from || !to) return [];
			return [
				{
					id: edge.id,
					title: edge.title,
					href: edge.href,
					from: from.key,
					to: to.key,
					d: `M${from.x} ${from.y}C${mid} ${from.y} ${mid} ${to.y} ${to.x} ${to.y}`,
				},
			];
		}),
	};
}
