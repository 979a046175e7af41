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
	const documents = questions.flatMap((question) => question.data.sources.documents);
	const uses = (id: string) => documents.filter((document) => document.id === id).length;
	const distinct = documents.filter(
		(document, index) => documents.findIndex((other) => other.id === document.id) === index,
	);
	return {
		documents: distinct
			.map((document, order) => ({ document, order, uses: uses(document.id) }))
			.sort((a, b) => b.uses - a.uses || a.order - b.order)
			.map(({ document }) => document),
		gaps: [...new Set(questions.flatMap((question) => question.data.sources.gaps))],
	};
}
