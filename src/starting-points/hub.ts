import {
	type Atlas,
	type BackgroundEntry,
	type PathwayEntry,
	type RoleEntry,
	getRole,
	pathwaysFromBackground,
} from '../atlas/atlas';
import type { Compensation } from '../schemas/compensation';
import type { Model } from '../recommender/model';
import { formatDuration, sumDurations } from '../lib/format';
import { paths } from '../lib/paths';

/** What a hub needs from the role finder's model: its reasons, travel answers and fallback. */
export type FinderData = {
	quickMatch: Pick<Model['quickMatch'], 'backgrounds'>;
	assessment: {
		travel: { options: readonly { adjustments: readonly { role: string; reason: string }[] }[] };
		pathwayFallback: string;
	};
};

/** Whether a PhD is expected, as a card says it. */
const PHD_LABELS: Record<RoleEntry['data']['phd'], string> = {
	expected: 'Usually expected: the normal route in.',
	'phd-or-ms': 'A PhD or a master’s is usual.',
	'not-needed': 'Not needed.',
	unstated: 'Nothing published either way.',
};

/** One move from the starting point, with everything a reader weighs to compare it with the others. */
export interface HubCard {
	pathway: { href: string; title: string };
	role: { href: string; title: string };
	/**
	 * Why the move suits this background: the role finder's reason where it lists the role for the
	 * background, otherwise who the pathway says it is for.
	 */
	fit: { label: 'Why it fits' | 'Who it is for'; text: string };
	/** The role's published pay range, if the sources give one. */
	pay: Compensation | undefined;
	carriesOver: string[];
	gaps: string[];
	/** What employers expect of a newcomer. */
	expects: string;
	/** Whether a PhD is expected, in a few words, as far as anything is published on it. */
	phd: string;
	/** What the role asks in travel, or undefined where its data mentions none. */
	travel: string | undefined;
	/** The pathway's total time ("9–15 months"). */
	time: string;
	/** Whether that time is the editors' planning estimate rather than the source's figure. */
	timeIsEstimate: boolean;
}

/**
 * What a role asks in travel: the reason the role finder gives when a reader will not travel (its
 * typed data), else the line of the role's "is it for you" or "where the work happens" that speaks
 * of travel; undefined when neither does.
 */
export function travelFor(role: RoleEntry, finder: FinderData): string | undefined {
	const adjustment = finder.assessment.travel.options
		.flatMap((option) => option.adjustments)
		.find((candidate) => candidate.role === role.id);
	if (adjustment) return adjustment.reason;
	const fit = role.data.fit;
	return [...(fit?.signals ?? []), ...(fit?.workplace ?? [])].find((line) => /travel/i.test(line));
}

/** One pathway as a card; undefined only if its role is missing, which the build already refuses. */
export function hubCard(
	atlas: Atlas,
	finder: FinderData,
	pathway: PathwayEntry,
): HubCard | undefined {
	const role = getRole(atlas, pathway.data.to.id);
	if (!role) return undefined;
	const from = pathway.data.from.background?.id;
	const reason = finder.quickMatch.backgrounds
		.find((match) => match.background === from)
		?.roles.find((candidate) => candidate.role === role.id)?.reason;
	const total = sumDurations(pathway.data.stages.map((stage) => stage.duration));
	return {
		pathway: { href: paths.pathway(pathway.id), title: pathway.data.title },
		role: { href: paths.role(role.id), title: role.data.title },
		fit: reason
			? { label: 'Why it fits', text: reason }
			: { label: 'Who it is for', text: pathway.data.audience },
		pay: role.data.compensation,
		carriesOver: pathway.data.carriesOver,
		gaps: pathway.data.gaps,
		expects: role.data.expects,
		phd: PHD_LABELS[role.data.phd],
		travel: travelFor(role, finder),
		time: total ? formatDuration(total) : '',
		timeIsEstimate: total?.basis !== 'source',
	};
}

/**
 * The pathways from a background in the role finder's order for it (the roles it suggests first),
 * then the rest by title.
 */
export function orderedPathways(
	atlas: Atlas,
	finder: FinderData,
	backgroundId: string,
): PathwayEntry[] {
	const suggested =
		finder.quickMatch.backgrounds
			.find((match) => match.background === backgroundId)
			?.roles.map((candidate) => candidate.role) ?? [];
	const rank = (pathway: PathwayEntry) => {
		const index = suggested.indexOf(pathway.data.to.id);
		return index === -1 ? suggested.length : index;
	};
	return pathwaysFromBackground(atlas, backgroundId)
		.map((pathway, order) => ({ pathway, order }))
		.sort((a, b) => rank(a.pathway) - rank(b.pathway) || a.order - b.order)
		.map(({ pathway }) => pathway);
}

/** A starting point's page: its moves as cards, and the moves open from any background. */
export interface Hub {
	background: BackgroundEntry;
	/** The page's title ("Into AI from software engineering"). */
	title: string;
	cards: HubCard[];
	/** Pathways from the role finder's catch-all background, on every other starting point's page. */
	alsoOpen: PathwayEntry[];
}

/**
 * "software engineering" for "Software engineering", but "DevOps and…" as it is: a title in the
 * middle of a sentence, lower-casing its first letter unless the first word is a name or acronym.
 */
export function inSentence(title: string): string {
	const [first = ''] = title.split(/\s/);
	return /\p{Lu}/u.test(first.slice(1)) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** Everything the page of one starting point shows, derived from the collections and the model. */
export function hub(atlas: Atlas, finder: FinderData, background: BackgroundEntry): Hub {
	const fallback = finder.assessment.pathwayFallback;
	return {
		background,
		title: `Into AI from ${inSentence(background.data.title)}`,
		cards: orderedPathways(atlas, finder, background.id).flatMap(
			(pathway) => hubCard(atlas, finder, pathway) ?? [],
		),
		alsoOpen: background.id === fallback ? [] : pathwaysFromBackground(atlas, fallback),
	};
}
