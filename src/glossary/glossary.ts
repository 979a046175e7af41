import { type Atlas, type TermEntry, resolve } from '../atlas/atlas';
import type { LinkItem } from '../atlas/sections';
import { paths } from '../lib/paths';

/** One glossary entry as the page shows it: everything resolved to text and links. */
export interface GlossaryEntryView {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
	/** Related terms, linking to their entries on the same page. */
	related: Pick<LinkItem, 'href' | 'title'>[];
	/** The roles whose work uses the term. */
	roles: Pick<LinkItem, 'href' | 'title'>[];
}

/** The terms under one initial letter. */
export interface GlossaryLetter {
	/** The heading's anchor ("letter-a"). */
	id: string;
	letter: string;
	entries: GlossaryEntryView[];
}

/** A term's initial for grouping: its first letter or digit, in capitals. */
const initial = (term: string) => (/[\p{L}\p{N}]/u.exec(term)?.[0] ?? '#').toLocaleUpperCase('en');

/** One term, resolved for the page. */
export function glossaryEntry(atlas: Atlas, term: TermEntry): GlossaryEntryView {
	return {
		id: term.id,
		term: term.data.term,
		aliases: term.data.aliases,
		definition: term.data.definition,
		related: resolve(atlas.terms, term.data.related).map((other) => ({
			href: `#${other.id}`,
			title: other.data.term,
		})),
		roles: resolve(atlas.roles, term.data.roles).map((role) => ({
			href: paths.role(role.id),
			title: role.data.title,
		})),
	};
}

/**
 * The glossary, A to Z: the atlas keeps terms in alphabetical order, and each letter that starts
 * a term gets a group, so the table of contents lists letters rather than every term.
 */
export function glossaryLetters(atlas: Atlas): GlossaryLetter[] {
	const letters = new Map<string, GlossaryLetter>();
	for (const term of atlas.terms) {
		const letter = initial(term.data.term);
		const group = letters.get(letter) ?? {
			id: `letter-${letter.toLowerCase()}`,
			letter,
			entries: [],
		};
		group.entries.push(glossaryEntry(atlas, term));
		letters.set(letter, group);
	}
	return [...letters.values()];
}
