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
	const left = nameForms(a);
	return nameForms(b).some((form) => left.includes(form));
}

/** A name normalised, and without a plural ending: two names are the same when these meet. */
const nameForms = (text: string): string[] => {
	const name = normaliseName(text);
	return [name, name.replace(/e?s$/, ''), name.replace(/s$/, '')];
};

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
	const body = nameWords(name).map(escapeRegExp).join('[\\s\\-‐‑]+');
	return new RegExp(`${body}(?:e?s)?`, acronym ? 'gu' : 'giu');
}

/**
 * A name's words, split where it has spaces or hyphens: a name matches with either between its
 * words, as `normaliseName` treats them ("Open weights" is found in "an open-weights model").
 */
const nameWords = (name: string): string[] => name.trim().split(/[\s\-‐‑]+/);

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

/**
 * One term's linkable names as patterns, longest name first. A matcher with `linked: false` holds
 * a name that is not a term but contains one (a tool called "Weights & Biases"): it is found like
 * a term, so the term inside it is not linked, and it is never linked itself.
 */
export interface TermMatcher {
	id: string;
	patterns: NamePattern[];
	linked?: false;
}

const asPattern = (name: string): NamePattern => ({
	pattern: namePattern(name),
	words: nameWords(name.toLowerCase()),
});

/**
 * The patterns that find each term's first use in prose, and those of the `otherNames` (the
 * names of tools, courses and papers) that contain a term's name without being one, so a term is
 * never linked from inside a name that means something else.
 */
export function termMatchers(
	terms: readonly NamedTerm[],
	otherNames: readonly string[] = [],
): TermMatcher[] {
	const matchers: TermMatcher[] = terms.map((term) => ({
		id: term.id,
		patterns: termNames(term)
			.filter((name, index) => isLinkableName(name, index === 0))
			.sort((a, b) => b.length - a.length)
			.map(asPattern),
	}));
	const termForms = new Set(terms.flatMap(termNames).flatMap(nameForms));
	const hidesATerm = (other: string) =>
		!nameForms(other).some((form) => termForms.has(form)) &&
		matchersIn(other, matchers).some(({ patterns }) =>
			patterns.some(({ pattern }) => findName(pattern, other) !== undefined),
		);
	const hiding = otherNames.filter(hidesATerm);
	return hiding.length === 0
		? matchers
		: [...matchers, { id: 'other names', patterns: hiding.map(asPattern), linked: false }];
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
 * The matchers with only the patterns whose words all appear in `text` (in any case), and
 * without those left with none. Most of a text lacks one of a name's words, so plain substring
 * searches, one per distinct word, spare running most patterns at all.
 */
function matchersIn(text: string, matchers: readonly TermMatcher[]): TermMatcher[] {
	const lower = text.toLowerCase();
	const found = new Map<string, boolean>();
	const inText = (word: string) => {
		let result = found.get(word);
		if (result === undefined) found.set(word, (result = lower.includes(word)));
		return result;
	};
	return matchers.flatMap((matcher) => {
		const patterns = matcher.patterns.filter(({ words }) => words.every(inText));
		return patterns.length === 0 ? [] : [{ ...matcher, patterns }];
	});
}

/**
 * The first use in `text` of each term not in `used`, in order and never overlapping: where two
 * names start at the same place the longer wins ("feature store" over "feature"), and a name that
 * is not a term hides the terms inside it. `used` gains the ids found, so a caller that walks a
 * page's text in order links each term once.
 */
export function firstUses(
	text: string,
	matchers: readonly TermMatcher[],
	used: Set<string>,
): TermMatch[] {
	const candidates = matchersIn(
		text,
		matchers.filter(({ id }) => !used.has(id)),
	);
	// Where each pattern next matches, at or after the point reached: the point only moves on, so
	// a match stays good until the point passes its start, and each pattern runs about once.
	const next = new Map<RegExp, [number, number] | undefined>();
	const linkedIds = new Set(candidates.flatMap(({ id, linked }) => (linked === false ? [] : [id])));
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
		if (linkedIds.has(best.id)) {
			chosen.push(best);
			used.add(best.id);
		}
		from = best.end;
	}
}
