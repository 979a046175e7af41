import { type Atlas, type FaqEntry, resolve } from '../atlas/atlas';
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
