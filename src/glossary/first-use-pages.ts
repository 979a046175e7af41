import type { Atlas } from '../atlas/atlas';
import { paths } from '../lib/paths';
import { linkFirstTerms } from './term-links';
import { termMatchers } from './terms';

/** Which pages get glossary links, and how, computed once per build from the atlas. */
export interface FirstUseLinker {
	/** The paths of every role page and every pathway page. */
	pages: ReadonlySet<string>;
	/** A built page's HTML with the first use of each term linked to its glossary entry. */
	link(html: string): string;
}

/** A name as the page's HTML writes it, where the links are found: "Weights &amp; Biases". */
const inHtml = (name: string) => name.replaceAll('&', '&amp;');

/**
 * The role and pathway pages, and the patterns of every term, from the collections. Resources'
 * names hide the terms inside them ("Weights & Biases" is a tool, not model weights).
 */
export function firstUseLinker(atlas: Atlas): FirstUseLinker {
	const matchers = termMatchers(
		atlas.terms.map(({ id, data }) => ({
			id,
			data: { term: inHtml(data.term), aliases: data.aliases.map(inHtml) },
		})),
		atlas.resources.map((resource) => inHtml(resource.data.name)),
	);
	return {
		pages: new Set([
			...atlas.roles.map((role) => paths.role(role.id)),
			...atlas.pathways.map((pathway) => paths.pathway(pathway.id)),
		]),
		link: (html) => linkFirstTerms(html, matchers, paths.term),
	};
}
