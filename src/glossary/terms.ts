/**
 * How the glossary's terms are recognised in text: by `<Term>` marks in guides (any of a term's
 * names, written as the writer likes) and in the prose of role and pathway pages, where the first
 * use of each term links to its glossary entry. Plain functions over the terms' data, so adding a
 * term is adding one file in `content/terms/`.
 */

import { escapeRegExp, wholeWords } from '../lib/regexp';

/** What recognising a term needs: its id and its names. */
export interface NamedTerm {
	id: string;
	data: { term: string; aliases: readonly string[] };
}

/** A term's names: the term itself, then its aliases. */
export function termNames(term: NamedTerm): string[] {
	return [term.data.term, ...term.data.aliases];
}

/**
 * A name as a writer might vary it, reduced to one form: lower case, hyphens as spaces, single
 * spaces, without a note in brackets or the punctuation that ends a phrase ("In-context learning
 * (prompting)." gives "in context learning"; "hub-and-spoke" and "hub and spoke" are the same).
 */
export function normaliseName(text: string): string {
	return text
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[-‐‑]/g, ' ')
		.replace(/[.,:;!?]+\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/**
 * Whether two writings name the same thing: equal once normalised, or one the plural of the
 * other ("foundation models" and "Foundation model").
 */
export function sameName(a: string, b: string): boolean {
	const forms = (text: string) => {
		const name = normaliseName(text);
		return [name, name.replace(/e?s$/, ''), name.replace(/s$/, '')];
	};
	const left = forms(a);
	return forms(b).some((form) => left.includes(form));
}

/** The term a `<Term>` mark names: the one with a name that is the marked text's `sameName`. */
export function findTerm<T extends NamedTerm>(terms: readonly T[], text: string): T | undefined {
	return terms.find((term) => termNames(term).some((name) => sameName(name, text)));
}

/**
 * The id of the line of a glossary entry's other names. Search reads it, with the entry's
 * heading, to answer "what is…" with the entry whatever name the reader used. Entry ids never
 * contain "--", so it cannot clash with another entry.
 */
export const otherNamesAnchor = (termId: string): string => `${termId}--names`;

/** How the line of other names separates them: some names contain commas ("Reach, Impact…"). */
export const OTHER_NAMES_SEPARATOR = '; ';

/**
 * Whether a name is specific enough to link wherever it appears: the term itself always is; an
 * alias is when it has more than one word or a capital letter ("vector store", "Docker", "RAG").
 * A single lower-case alias ("search", "features", "pipeline") is too common a word: it would link
 * ordinary uses of the word to a technical definition.
 */
export function isLinkableName(name: string, isTerm: boolean): boolean {
	return isTerm || /\s/.test(name.trim()) || /\p{Lu}/u.test(name);
}

/**
 * A global pattern that finds a name as a whole word or phrase, with an optional plural ending. A name in
 * capitals only ("RAG", "ICE", "STAR") must match its case, so ordinary words ("ice", "star") do
 * not; any other name matches in any case.
 */
export function namePattern(name: string): RegExp {
	const acronym = !/\p{Ll}/u.test(name);
	const body = escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
	return wholeWords(`${body}(?:e?s)?`, acronym ? 'gu' : 'giu');
}

/** One term's linkable names as patterns, longest name first. */
export interface TermMatcher {
	id: string;
	patterns: RegExp[];
}

/** The patterns that find each term's first use in prose. */
export function termMatchers(terms: readonly NamedTerm[]): TermMatcher[] {
	return terms.map((term) => ({
		id: term.id,
		patterns: termNames(term)
			.filter((name, index) => isLinkableName(name, index === 0))
			.sort((a, b) => b.length - a.length)
			.map(namePattern),
	}));
}

/** Where a term's name was found in a text. */
export interface TermMatch {
	id: string;
	start: number;
	end: number;
}

/** The first match of a global pattern at or after `from`. */
function matchFrom(pattern: RegExp, text: string, from: number): [number, number] | undefined {
	pattern.lastIndex = from;
	const match = pattern.exec(text);
	return match ? [match.index, match.index + match[0].length] : undefined;
}

/**
 * The first use in `text` of each term not in `used`, in order and never overlapping: where two
 * names start at the same place the longer wins ("feature store" over "feature"). `used` gains
 * the ids found, so a caller that walks a page's text in order links each term once.
 */
export function firstUses(
	text: string,
	matchers: readonly TermMatcher[],
	used: Set<string>,
): TermMatch[] {
	const chosen: TermMatch[] = [];
	for (let from = 0; ;) {
		let best: TermMatch | undefined;
		for (const { id, patterns } of matchers) {
			if (used.has(id)) continue;
			for (const pattern of patterns) {
				const [start, end] = matchFrom(pattern, text, from) ?? [];
				if (start === undefined || end === undefined) continue;
				if (!best || start < best.start || (start === best.start && end > best.end))
					best = { id, start, end };
			}
		}
		if (!best) return chosen;
		chosen.push(best);
		used.add(best.id);
		from = best.end;
	}
}
