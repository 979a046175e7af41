import type { Catalogue } from './catalogue';
import type { Evidence, Progress } from './schema';
import { stepHref, stepsOf } from './steps';

/** Evidence by date, then by when it was recorded. */
export function sortedEvidence(evidence: readonly Evidence[]): Evidence[] {
	return [...evidence].sort((a, b) => a.date.localeCompare(b.date) || a.added - b.added);
}

/** Removes one piece of evidence. */
export function withoutEvidence(progress: Progress, key: string, added: number): Progress {
	const evidence = (progress.evidence ?? []).filter(
		(piece) => piece.key !== key || piece.added !== added,
	);
	return { ...progress, evidence };
}

/** A step or exercise with what the reader recorded for it. */
export interface EvidenceItem {
	key: string;
	title: string;
	/** Its page (a step's anchor on its pathway); empty for a step no longer on the site. */
	href: string;
	pieces: Evidence[];
}

/** The evidence under one heading: a pathway, the exercises, or steps no longer on the site. */
export interface EvidenceGroup {
	title: string;
	items: EvidenceItem[];
}

/**
 * The evidence log in reading order, for the progress page and the Markdown export alike: a group
 * per pathway in the site's order, then the exercises, then steps no longer on the site (titled
 * by their key); only items with evidence, each piece oldest first.
 */
export function groupEvidence(
	evidence: readonly Evidence[],
	catalogue: Catalogue,
): EvidenceGroup[] {
	const sorted = sortedEvidence(evidence);
	const groups = [
		...catalogue.pathways.map((pathway) => ({
			title: pathway.title,
			items: stepsOf(pathway).map((step) => ({ ...step, href: stepHref(pathway, step) })),
		})),
		{ title: 'Exercises', items: catalogue.exercises },
	];
	const known = new Set(groups.flatMap((group) => group.items.map((item) => item.key)));
	const retired = [...new Set(sorted.map((piece) => piece.key))]
		.filter((key) => !known.has(key))
		.map((key) => ({ key, title: key, href: '' }));
	return [...groups, { title: 'Steps no longer on the site', items: retired }].flatMap(
		({ title, items }) => {
			const withPieces = items.flatMap(({ key, title: itemTitle, href }) => {
				const pieces = sorted.filter((piece) => piece.key === key);
				return pieces.length > 0 ? [{ key, title: itemTitle, href, pieces }] : [];
			});
			return withPieces.length > 0 ? [{ title, items: withPieces }] : [];
		},
	);
}
