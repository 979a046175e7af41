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

/** The role and pathway pages, and the patterns of every term, from the collections. */
export function firstUseLinker(atlas: Atlas): FirstUseLinker {
	const matchers = termMatchers(atlas.terms);
	return {
		pages: new Set([
			...atlas.roles.map((role) => paths.role(role.id)),
			...atlas.pathways.map((pathway) => paths.pathway(pathway.id)),
		]),
		link: (html) => linkFirstTerms(html, matchers, paths.term),
	};
}
