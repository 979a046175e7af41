import { paths } from '../lib/paths';
import type { Atlas } from './atlas';
import { SITE_SECTIONS, type SectionCollection } from './site-sections';

/** The kinds of page whose text is written content, one collection entry each. */
export type ContentKind = 'role' | 'pathway' | 'case-study' | 'exercise' | 'guide';

/** A page of written content: what it is, where it is, what it says it is about, and its file. */
export interface ContentPage {
	kind: ContentKind;
	/** The label of the site section the page belongs to, as the sidebar shows it ("Roles"). */
	section: string;
	/** The page's URL path, from `paths`. */
	path: string;
	title: string;
	/** The entry's one-paragraph summary (a guide's description). */
	summary: string;
	/** The entry's source file relative to the project root, when the loader records one. */
	file: string | undefined;
}

/** The docs folder the guides live in (the home page and the 404 page are outside it). */
const GUIDES_DIRECTORY = 'guides';

/** The sidebar label of the section listing a collection, or the guides' folder. */
function sectionLabel(place: { collection: SectionCollection } | { directory: string }): string {
	const section = SITE_SECTIONS.find((candidate) =>
		'collection' in place
			? candidate.collection === place.collection
			: candidate.directory === place.directory,
	);
	if (!section) throw new Error(`No site section lists ${JSON.stringify(place)}.`);
	return section.label;
}

/**
 * Every page of written content, in the order a reader meets the sections: roles, pathways, case
 * studies, exercises, then guides, each in the atlas's own order. The index of the site for
 * assistants (`/llms.txt`) and the pages' last-changed dates both come from this one list, so a
 * new entry appears in both without any other change.
 */
export function contentPages(atlas: Atlas): ContentPage[] {
	const kind = (
		kind: ContentKind,
		place: { collection: SectionCollection } | { directory: string },
	) => {
		const section = sectionLabel(place);
		return (
			path: string,
			entry: { data: { title: string }; filePath?: string | undefined },
			summary: string,
		): ContentPage => ({
			kind,
			section,
			path,
			title: entry.data.title,
			summary,
			file: entry.filePath,
		});
	};
	const role = kind('role', { collection: 'roles' });
	const pathway = kind('pathway', { collection: 'pathways' });
	const caseStudy = kind('case-study', { collection: 'caseStudies' });
	const exercise = kind('exercise', { collection: 'exercises' });
	const guide = kind('guide', { directory: GUIDES_DIRECTORY });
	return [
		...atlas.roles.map((entry) => role(paths.role(entry.id), entry, entry.data.summary)),
		...atlas.pathways.map((entry) => pathway(paths.pathway(entry.id), entry, entry.data.summary)),
		...atlas.caseStudies.map((entry) =>
			caseStudy(paths.caseStudy(entry.id), entry, entry.data.summary),
		),
		...atlas.exercises.map((entry) =>
			exercise(paths.exercise(entry.id), entry, entry.data.summary),
		),
		...atlas.docs
			.filter((doc) => doc.id.startsWith(`${GUIDES_DIRECTORY}/`))
			.map((doc) => guide(paths.guide(doc.id), doc, doc.data.description ?? '')),
	];
}
