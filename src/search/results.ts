import { isolate, pluralise } from '../lib/format';
import { LABEL_KEYS } from './filters';

/** The part of Pagefind's JavaScript API the search page uses (`/pagefind/pagefind.js`). */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
	/** Every filter value and how many pages carry it. */
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Options of one Pagefind search. */
export interface PagefindSearchOptions {
	filters?: Record<string, { any: string[] }>;
}

/** One page a search found, its data loaded on demand. */
export interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindResult>;
}

/** What a Pagefind search returns: every hit, best first. */
export interface PagefindSearch {
	results: PagefindHit[];
}

/** An element of a page with an `id`, where Pagefind found it and its text. */
export interface PagefindAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

/** A section of a page that matched, with a link to its heading. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** The heading the section starts at; missing when the match is before the first one. */
	anchor?: { element: string; id: string } | undefined;
}

/** One page that matched. `excerpt` is HTML: text with entities escaped, plus `<mark>`. */
export interface PagefindResult {
	url: string;
	excerpt: string;
	/** The page's indexed text, as Pagefind read it. */
	content: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
	/** Every element of the page with an `id`, in page order. */
	anchors?: PagefindAnchor[];
}

/**
 * The label shown beside a result ("Exercise · Beginner", "Role · Data"), from the labels each
 * page carries; pages without any get none.
 */
export function resultLabel(meta: PagefindResult['meta']): string {
	return LABEL_KEYS.flatMap((key) => meta[key] ?? []).join(' · ');
}

/**
 * The sections worth a link of their own: headings below the page title whose section matched,
 * at most `limit` of them (the page's own link already covers its title and lead).
 */
export function sectionLinks(result: PagefindResult, limit = 3): PagefindSubResult[] {
	return result.sub_results
		.filter((sub) => sub.anchor !== undefined && sub.anchor.element !== 'h1')
		.slice(0, limit);
}

/** A run of excerpt text, marked where it matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

const decodeEntities = (html: string) =>
	html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		const code = name.startsWith('#x')
			? Number.parseInt(name.slice(2), 16)
			: name.startsWith('#')
				? Number.parseInt(name.slice(1), 10)
				: undefined;
		if (code === undefined) return ENTITIES[name.toLowerCase()] ?? entity;
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
	});

/**
 * Splits Pagefind's excerpt HTML into plain text runs, marked or not, so the page renders it with
 * text nodes and `<mark>` elements and never assigns HTML from the index. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		const tag = piece.toLowerCase();
		if (tag === '<mark>' || tag === '</mark>') {
			marked = tag === '<mark>';
			continue;
		}
		const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
		if (text !== '') parts.push({ text, marked });
	}
	return parts;
}

/**
 * A result's link, only if it is a path on this site ("/roles/ml-engineer/#tools"). The index is
 * ours, but the page never turns anything else (`javascript:`, another origin) into a link.
 */
export function safeHref(url: string): string | undefined {
	return /^\/(?!\/)[^\s\\]*$/.test(url) ? url : undefined;
}

/**
 * What the status line says after a search, for sighted readers and screen readers alike; with
 * no results, what to try instead. The quoted words are isolated, so right-to-left words keep
 * the sentence in order.
 */
export function describeResults(query: string, filterCount: number, count: number): string {
	const results = count === 0 ? 'No results' : pluralise(count, 'result');
	const words = query === '' ? '' : ` for “${isolate(query)}”`;
	const filters = filterCount === 0 ? '' : ` with ${pluralise(filterCount, 'filter')}`;
	const advice =
		count > 0 ? '' : filterCount > 0 ? ' Try other words, or fewer filters.' : ' Try other words.';
	return `${results}${words}${filters}.${advice}`;
}
