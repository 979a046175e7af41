import { type Atlas, type FaqEntry, resolve } from '../atlas/atlas';
import type { PageSources } from '../atlas/page-sources';
import { paths } from '../lib/paths';

/** A link under an answer. */
export interface ReadMoreLink {
	href: string;
	title: string;
}

/**
 * The pages that answer a question at length, under its short answer: its roles, then its
 * pathways, then its guides, each by its title.
 */
export function readMore(atlas: Atlas, question: FaqEntry): ReadMoreLink[] {
	const { roles, pathways, guides } = question.data;
	return [
		...resolve(atlas.roles, roles).map((role) => ({
			href: paths.role(role.id),
			title: role.data.title,
		})),
		...resolve(atlas.pathways, pathways).map((pathway) => ({
			href: paths.pathway(pathway.id),
			title: pathway.data.title,
		})),
		...resolve(atlas.docs, guides).map((doc) => ({
			href: paths.guide(doc.id),
			title: doc.data.title,
		})),
	];
}

/**
 * The one Sources box of the FAQ page, made from every answer's own: the documents, those most
 * answers draw on first (ties in the order the answers name them), and each gap once. Attribution
 * stays with each answer in its file, so the box follows when an answer changes.
 */
export function faqSources(questions: readonly FaqEntry[]): PageSources {
	// Each document once, in the order the answers first name it, with how many answers use it.
	const counted = new Map<string, { document: PageSources['documents'][number]; uses: number }>();
	for (const document of questions.flatMap((question) => question.data.sources.documents)) {
		const seen = counted.get(document.id);
		if (seen) seen.uses += 1;
		else counted.set(document.id, { document, uses: 1 });
	}
	return {
		// A stable sort, so documents used equally often keep that first-named order.
		documents: [...counted.values()]
			.sort((a, b) => b.uses - a.uses)
			.map(({ document }) => document),
		gaps: [...new Set(questions.flatMap((question) => question.data.sources.gaps))],
	};
}
