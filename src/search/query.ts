import { FILTER_KEYS, type FilterKey, type FilterOptions } from './filters';
import { paths } from '../lib/paths';
import { NAMED_AT_MOST, nameAFew, quoteExcerpt } from '../lib/format';

/**
 * The longest query kept from a link. Real queries are a few words; anything longer is cut so a
 * crafted link cannot make the page search (or show) a wall of text.
 */
export const MAX_QUERY_LENGTH = 100;

/** What a reader asked the search page for: words, and the ids of the filter values ticked. */
export interface SearchRequest {
	query: string;
	filters: Record<FilterKey, string[]>;
}

/** A request read from a link, and what was dropped from the link and why, for the reader. */
export interface ParsedSearch {
	request: SearchRequest;
	/** The first few parts of the link that were left out, described. */
	ignored: string[];
	/** How many parts were left out in all, named or not. */
	ignoredCount: number;
}

/** A request for nothing: no words, no filters. */
export function emptyRequest(): SearchRequest {
	return { query: '', filters: { type: [], level: [], family: [], role: [] } };
}

/** Control characters and the invisible marks that change the direction of text around them. */
const CONTROL_CHARACTERS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * Tidies typed or linked words: no control characters or direction marks (a right-to-left
 * override in a link would reverse the status line that quotes it), single spaces, at most
 * MAX_QUERY_LENGTH.
 */
export function cleanQuery(raw: string): string {
	return raw
		.replace(CONTROL_CHARACTERS, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}

/**
 * Reads a search page link (`?q=mle&type=role&level=beginner`). Filter values must be ids the
 * page offers; anything else (unknown values, unknown parameters, repeated values) is dropped and
 * described in `ignored`, so a broken or hostile link still shows a working search and says what
 * it left out. Nothing read here is ever used as HTML.
 */
export function parseSearchParams(params: URLSearchParams, options: FilterOptions): ParsedSearch {
	const request = emptyRequest();
	const ignored: string[] = [];
	let ignoredCount = 0;
	/** Counts a part left out, and describes it only while the notice still names parts. */
	const ignore = (describe: () => string) => {
		ignoredCount += 1;
		if (ignored.length < NAMED_AT_MOST) ignored.push(describe());
	};
	const known = new Set<string>(['q', ...FILTER_KEYS]);
	const queries = params.getAll('q');
	request.query = cleanQuery(queries[0] ?? '');
	if (queries.length > 1) ignore(() => 'extra search words after the first "q"');
	if ((queries[0] ?? '').trim().length > MAX_QUERY_LENGTH) {
		ignore(() => `search words beyond the first ${MAX_QUERY_LENGTH} characters`);
	}
	for (const key of FILTER_KEYS) {
		const allowed = new Set(options[key].map((option) => option.id));
		for (const value of params.getAll(key)) {
			if (!allowed.has(value)) ignore(() => `${key} ${quoteExcerpt(value)}`);
			else if (!request.filters[key].includes(value)) request.filters[key].push(value);
		}
	}
	for (const key of new Set(params.keys())) {
		if (!known.has(key)) ignore(() => `unknown parameter ${quoteExcerpt(key)}`);
	}
	return { request, ignored, ignoredCount };
}

/**
 * The notice for what a link asked for that the page left out, naming the first few parts and
 * counting the rest, so a link with thousands of parameters gets one short sentence. Empty when
 * nothing was left out.
 */
export function describeIgnored({ ignored, ignoredCount }: ParsedSearch): string {
	if (ignoredCount === 0) return '';
	return `Parts of the link were not understood and were left out: ${nameAFew(ignored, ignoredCount, '; ')}.`;
}

/** The shareable link for a request: `/search/?q=…` plus one parameter per ticked filter value. */
export function searchHref(request: SearchRequest): string {
	const params = new URLSearchParams();
	if (request.query !== '') params.set('q', request.query);
	for (const key of FILTER_KEYS) {
		for (const value of request.filters[key]) params.append(key, value);
	}
	const search = params.toString();
	return search === '' ? paths.search : `${paths.search}?${search}`;
}

/** Whether a request asks for anything at all. */
export function isEmptyRequest(request: SearchRequest): boolean {
	return request.query === '' && FILTER_KEYS.every((key) => request.filters[key].length === 0);
}

/**
 * Turns filter ids into the filters Pagefind expects: the labels it stored, any of the ticked
 * values within one filter (a page has one type, so "Role or Exercise" must mean either), and all
 * of the filters together.
 */
export function pagefindFilters(
	request: SearchRequest,
	options: FilterOptions,
): Partial<Record<FilterKey, { any: string[] }>> {
	const filters: Partial<Record<FilterKey, { any: string[] }>> = {};
	for (const key of FILTER_KEYS) {
		const labels = options[key]
			.filter((option) => request.filters[key].includes(option.id))
			.map((option) => option.label);
		if (labels.length > 0) filters[key] = { any: labels };
	}
	return filters;
}

const NOT_WORDS = new Set(['index', 'html', 'htm', 'php', 'aspx']);

/**
 * The words of a missing page's address, for the 404 page's "search for it" link: the last path
 * segment that has any ("/roles/prompt-engineering/" gives "prompt engineering"). Malformed
 * escapes are read as they are rather than failing.
 */
export function wordsFromPath(pathname: string): string {
	const decode = (segment: string) => {
		try {
			return decodeURIComponent(segment);
		} catch {
			return segment;
		}
	};
	const segments = pathname.split('/').map(decode).reverse();
	for (const segment of segments) {
		const words = segment
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((word) => word !== '' && !NOT_WORDS.has(word));
		if (words.length > 0) return cleanQuery(words.join(' '));
	}
	return '';
}
