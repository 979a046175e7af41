import { FAMILY_LABELS } from '../../schemas/family';
import {
	type Atlas,
	type PathwayEntry,
	type RoleEntry,
	getRole,
	originTitle,
} from '../../atlas/atlas';
import { describeCompensationBasis, formatCompensationRange, pluralise } from '../../lib/format';

/** The size social networks expect of a link preview image, in pixels. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** What a preview card says: the kind of page, its title and summary, and a line of facts. */
export interface CardText {
	kind: string;
	title: string;
	summary: string;
	facts: string;
}

/** A node of the card as Satori takes it: a plain object shaped like a React element. */
export interface CardNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** Cuts text at a word boundary to at most `max` characters, ending with an ellipsis if cut. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A role's card: its family and published range, with the year, as the role page gives them. */
export function roleCard(role: RoleEntry): CardText {
	const pay = role.data.compensation;
	const payText = pay
		? `${formatCompensationRange(pay)}, ${describeCompensationBasis(pay)}`
		: 'No separate pay figure published';
	return {
		kind: 'Role guide',
		title: role.data.title,
		summary: role.data.summary,
		facts: `${FAMILY_LABELS[role.data.family]} · ${payText}`,
	};
}

/** A pathway's card: where it starts, where it leads and how many stages it has. */
export function pathwayCard(atlas: Atlas, pathway: PathwayEntry): CardText {
	const target = getRole(atlas, pathway.data.to.id)?.data.title ?? pathway.data.to.id;
	return {
		kind: 'Transition pathway',
		// The bundled font has no arrow glyph; "to" reads the same.
		title: pathway.data.title.replaceAll(' → ', ' to '),
		summary: pathway.data.summary,
		facts: `From ${originTitle(atlas, pathway.data.from)} to ${target} · ${pluralise(pathway.data.stages.length, 'stage')}`,
	};
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']) => ({
	type: 'div' as const,
	props: children === undefined ? { style } : { style, children },
});

/**
 * The card as a Satori tree. Colours are fixed, not themed: the image is shown by other sites,
 * so it carries Starlight's dark palette and the site's name on every card.
 */
export function cardTree(card: CardText): CardNode {
	return div(
		{
			width: OG_SIZE.width,
			height: OG_SIZE.height,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			background: '#17181c',
			color: '#ffffff',
			fontFamily: 'Inter',
			borderTop: '16px solid #a5b4fc',
		},
		[
			div({ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#a5b4fc' }, [
				div({ fontWeight: 700 }, 'AI Career Atlas'),
				div({ color: '#c0c2c7' }, card.kind),
			]),
			div({ display: 'flex', flexDirection: 'column' }, [
				div({ fontSize: 76, fontWeight: 700, lineHeight: 1.1 }, truncate(card.title, 60)),
				div(
					{ marginTop: 28, fontSize: 32, lineHeight: 1.35, color: '#c0c2c7' },
					truncate(card.summary, 170),
				),
			]),
			div({ fontSize: 28, color: '#ffffff' }, truncate(card.facts, 90)),
		],
	);
}
