/**
 * Reads a search the way readers type it ("data scientist salary", "what is a feature store", "do
 * I need a PhD for AI research") before Pagefind sees it. Pagefind matches every word it is given
 * and knows no synonyms, so the form searches for the words that carry the meaning, in the site's
 * own words: question words and other stop words are dropped (they are then neither required nor
 * highlighted), synonyms become the word the site uses ("salary" searches for "pay"), and "what is
 * X" also asks the glossary for X. Pure and browser-safe: the search island runs it on every query.
 */

import { escapeRegExp, wholeWords } from '../lib/regexp';

/** Words that carry no meaning in a search: dropped unless the query has nothing else. */
const STOP_WORDS = new Set(
	(
		'a about am an and any are as at be become becoming can could did do does for from get ' +
		'getting have how i if in into is it make makes me my of on or should so that the ' +
		'there this to was we were what when where which who why will with would you your'
	).split(' '),
);

/**
 * Words and phrases readers use for something the site names in one word: a query that uses any
 * of them searches for that word. Pagefind matches every word it is given, so the word must be on
 * the pages that answer: every page that gives a published pay range says "pay" (role pages in
 * their search metadata, see facets.ts), and the pages about the time a move takes say "long".
 */
export const SYNONYMS: readonly { word: string; said: readonly string[] }[] = [
	{
		word: 'pay',
		said: [
			'how much',
			'salary',
			'salaries',
			'compensation',
			'earn',
			'earns',
			'earning',
			'earnings',
			'wage',
			'wages',
			'paid',
			'income',
		],
	},
	{ word: 'long', said: ['how long', 'how many months', 'timeline'] },
];

/** How a query is searched. */
export interface ReaderQuery {
	/** The words Pagefind searches for. */
	words: string;
	/** For a question asking what something is ("what is a feature store"), that something. */
	defines?: string;
}

const DEFINITION_QUESTIONS = [
	/^(?:what\s+(?:is|are|was|were)|what['’]?s|whats|define|definition\s+of|meaning\s+of|explain)\s+(?:an?\s+|the\s+)?(.+)$/u,
	/^what\s+(?:does|do)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:mean|stand\s+for)$/u,
	/^(.+?)\s+(?:meaning|definition)$/u,
];

/** Ends of a query that are punctuation, not words. */
const trimPunctuation = (text: string) => text.replace(/^[\s"'“‘(]+|[\s"'”’)?!.,:;]+$/gu, '');

/** The thing a "what is…" question asks about, or undefined for any other query. */
export function definedTerm(query: string): string | undefined {
	const text = trimPunctuation(query).replace(/\s+/g, ' ');
	for (const pattern of DEFINITION_QUESTIONS) {
		const asked = pattern.exec(text.toLowerCase())?.[1];
		if (asked) {
			const start = text.toLowerCase().lastIndexOf(asked);
			const term = trimPunctuation(text.slice(start, start + asked.length));
			return term === '' ? undefined : term;
		}
	}
	return undefined;
}

/** The query with every synonym replaced by the site's word, longest phrases first. */
function withSiteWords(text: string): string {
	const said = SYNONYMS.flatMap(({ word, said: phrases }) =>
		phrases.map((phrase) => ({ phrase, word })),
	).sort((a, b) => b.phrase.length - a.phrase.length);
	return said.reduce(
		(query, { phrase, word }) => query.replace(wholeWords(escapeRegExp(phrase), 'giu'), word),
		text,
	);
}

/**
 * Reads a query: finds a "what is" question, puts the site's words for synonyms, and drops stop
 * words and repeated words, unless nothing else is left.
 */
export function readQuery(query: string): ReaderQuery {
	const defines = definedTerm(query);
	const text = trimPunctuation(defines ?? query).replace(/\s+/g, ' ');
	const words = withSiteWords(text)
		.split(' ')
		.map(trimPunctuation)
		.filter((word) => word !== '');
	const meaningful = words.filter(
		(word, index) =>
			!STOP_WORDS.has(word.toLowerCase()) &&
			words.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === index,
	);
	const kept = meaningful.length > 0 ? meaningful : words;
	return { words: kept.length > 0 ? kept.join(' ') : text, ...(defines && { defines }) };
}
