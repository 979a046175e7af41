import type { MarkdownHeading } from 'astro';
import type { PageLink } from './page-links';

/** One linked item in a list: a role, pathway, case study or exercise. */
export interface LinkItem {
	href: string;
	title: string;
	summary: string;
	/** A short label shown beside the title ("Beginner", "Engineering"). */
	label?: string | undefined;
}

/** A titled list of links on a detail page, such as "Pathways into this role". */
export interface LinkSection {
	id: string;
	heading: string;
	items: LinkItem[];
	/** Where the rest are, when the list shows only the first few ("All 9 exercises"). */
	more?: PageLink | undefined;
}

/** Drops sections with nothing in them, so a page never shows an empty heading. */
export function nonEmpty(sections: readonly LinkSection[]): LinkSection[] {
	return sections.filter((section) => section.items.length > 0);
}

/**
 * An index's entries grouped by one of their fields: a section per value, in the values' own
 * order, headed by the value's label, with the values no entry has left out.
 */
export function sectionsBy<Entry, Value extends string>(
	entries: readonly Entry[],
	valueOf: (entry: Entry) => Value,
	values: readonly Value[],
	labels: Readonly<Record<Value, string>>,
	toItem: (entry: Entry) => LinkItem,
): LinkSection[] {
	return nonEmpty(
		values.map((value) => ({
			id: value,
			heading: labels[value],
			items: entries.filter((entry) => valueOf(entry) === value).map(toItem),
		})),
	);
}

/**
 * The table of contents for a page made of typed sections around an MDX body: the headings the
 * components render before the body, the body's own, then the link sections after it.
 */
export function tableOfContents(
	before: readonly Pick<LinkSection, 'id' | 'heading'>[],
	body: readonly MarkdownHeading[],
	after: readonly Pick<LinkSection, 'id' | 'heading'>[],
): MarkdownHeading[] {
	const toHeading = ({ id, heading }: Pick<LinkSection, 'id' | 'heading'>): MarkdownHeading => ({
		depth: 2,
		slug: id,
		text: heading,
	});
	return [...before.map(toHeading), ...body, ...after.map(toHeading)];
}

/** The heading of the "At a glance" facts that open every detail page, first in its contents. */
export const GLANCE_HEADING = { id: 'at-a-glance', heading: 'At a glance' } as const;

/**
 * The heading of the Sources box every content page ends with, in one place so the box and each
 * page's table of contents (guides' included) always agree.
 */
export const SOURCES_HEADING = { id: 'sources', heading: 'Sources' } as const;

/** The heading of the "Next step" section that closes every content page. */
export const NEXT_STEP_HEADING = { id: 'next-step', heading: 'Next step' } as const;
