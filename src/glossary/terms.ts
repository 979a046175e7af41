/**
 * How the glossary's terms are recognised in text: by `<Term>` marks in guides (any of a term's
 * names, written as the writer likes) and in the prose of role and pathway pages, where the first
 * use of each term links to its glossary entry. Plain functions over the terms' data, so adding a
 * term is adding one file in `content/terms/`.
 */

import { escapeRegExp, standsAlone } from '../lib/regexp';

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
 * A global pattern that finds a name, with an optional plural ending, wherever it is written:
 * `findName` then keeps only a match that stands as whole words. A name in capitals only ("RAG",
 * "ICE", "STAR") must match its case, so ordinary words ("ice", "star") do not; any other name
 * matches in any case. The whole-word check is left out of the pattern because a pattern with
 * Unicode letter classes costs far more to compile, and a build compiles hundreds of names.
 */
export function namePattern(name: string): RegExp {
	const acronym = !/\p{Ll}/u.test(name);
	const body = escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
	return new RegExp(`${body}(?:e?s)?`, acronym ? 'gu' : 'giu');
}

/**
 * One name as a pattern, with the words every match of it must contain, in lower case. Most of a
 * page's text lacks one of a name's words, so `firstUses` checks them with plain substring
 * searches before running the pattern: a page's hundreds of text runs against hundreds of names
 * would otherwise cost seconds of every build.
 */
export interface NamePattern {
	pattern: RegExp;
	words: string[];
}

/** One term's linkable names as patterns, longest name first. */
export interface TermMatcher {
	id: string;
	patterns: NamePattern[];
}

/** The patterns that find each term's first use in prose. */
export function termMatchers(terms: readonly NamedTerm[]): TermMatcher[] {
	return terms.map((term) => ({
		id: term.id,
		patterns: termNames(term)
			.filter((name, index) => isLinkableName(name, index === 0))
			.sort((a, b) => b.length - a.length)
			.map((name) => ({
				pattern: namePattern(name),
				words: name.trim().toLowerCase().split(/\s+/),
			})),
	}));
}

/** Where a term's name was found in a text. */
export interface TermMatch {
	id: string;
	start: number;
	end: number;
}

/**
 * Where a name's pattern (see `namePattern`) first matches at or after `from` as whole words:
 * not inside a longer word, so "RAG" is never found in "FRAGMENT".
 */
export function findName(
	pattern: RegExp,
	text: string,
	from = 0,
): [start: number, end: number] | undefined {
	for (pattern.lastIndex = from; ; pattern.lastIndex = from) {
		const match = pattern.exec(text);
		if (!match) return undefined;
		const [start, end] = [match.index, match.index + match[0].length];
		if (standsAlone(text, start, end)) return [start, end];
		from = start + 1;
	}
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
	const lower = text.toLowerCase();
	const candidates = matchers.flatMap(({ id, patterns }) =>
		used.has(id)
			? []
			: [
					{
						id,
						patterns: patterns.filter(({ words }) => words.every((word) => lower.includes(word))),
					},
				],
	);
	// Where each pattern next matches, at or after the point reached: the point only moves on, so
	// a match stays good until the point passes its start, and each pattern runs about once.
	const next = new Map<RegExp, [number, number] | undefined>();
	const chosen: TermMatch[] = [];
	for (let from = 0; ;) {
		let best: TermMatch | undefined;
		for (const { id, patterns } of candidates) {
			if (used.has(id)) continue;
			for (const { pattern } of patterns) {
				let found = next.get(pattern);
				if (!next.has(pattern) || (found && found[0] < from)) {
					found = findName(pattern, text, from);
					next.set(pattern, found);
				}
				if (!found) continue;
				const [start, end] = found;
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
