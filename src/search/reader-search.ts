import { OTHER_NAMES_SEPARATOR, otherNamesAnchor, sameName } from '../glossary/terms';
import { readQuery } from './question';
import type { PagefindApi, PagefindHit, PagefindResult, PagefindSearchOptions } from './results';

/** The id of the glossary among the kinds of page, as search links and filters name it. */
export const GLOSSARY_TYPE = 'glossary';

/**
 * The entry of the glossary page that defines `term`, as a result of its own linking to the
 * entry: the entry whose heading, or one of whose other names, is `term` (in any case, singular
 * or plural). Only an entry that names the term answers; a page that merely mentions it does not.
 */
export function glossaryAnswer(glossary: PagefindResult, term: string): PagefindResult | undefined {
	const anchors = glossary.anchors ?? [];
	const names = (id: string) =>
		anchors
			.find((anchor) => anchor.id === otherNamesAnchor(id))
			?.text.split(OTHER_NAMES_SEPARATOR.trim())
			.map((name) => name.trim()) ?? [];
	const entry = anchors.find(
		(anchor) =>
			/^h\d$/i.test(anchor.element) &&
			anchor.element.toLowerCase() !== 'h1' &&
			[anchor.text, ...names(anchor.id)].some((name) => sameName(name, term)),
	);
	if (!entry) return undefined;
	const section = glossary.sub_results.find((sub) => sub.anchor?.id === entry.id);
	return {
		url: `${glossary.url.replace(/#.*$/, '')}#${entry.id}`,
		excerpt: section?.excerpt ?? '',
		content: '',
		meta: { ...glossary.meta, title: entry.text },
		sub_results: [],
	};
}

/**
 * Searches as readers ask (see question.ts): for the words that carry the query's meaning, and
 * for "what is X", when the filters allow the glossary, with X's glossary entry first.
 * `glossaryLabel` is the glossary's type as Pagefind stores it.
 */
export async function searchAsAsked(
	api: Pick<PagefindApi, 'search'>,
	query: string,
	filters: NonNullable<PagefindSearchOptions['filters']>,
	glossaryLabel: string | undefined,
): Promise<PagefindHit[]> {
	if (query === '') return (await api.search(null, { filters }))?.results ?? [];
	const { words, defines } = readQuery(query);
	const hits = (await api.search(words, { filters }))?.results ?? [];
	const allowed =
		filters['type'] === undefined || filters['type'].any.includes(glossaryLabel ?? '');
	if (defines === undefined || glossaryLabel === undefined || !allowed) return hits;
	const glossary = await api.search(defines, {
		filters: { ...filters, type: { any: [glossaryLabel] } },
	});
	const page = glossary?.results[0];
	const answer = page && glossaryAnswer(await page.data(), defines);
	if (!page || !answer) return hits;
	const first: PagefindHit = {
		id: `${page.id}#answer`,
		score: page.score,
		data: async () => answer,
	};
	return [first, ...hits.filter((hit) => hit.id !== page.id)];
}
