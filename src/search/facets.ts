import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { FAMILIES, FAMILY_LABELS, type Family } from '../schemas/family';
import { LEVELS, LEVEL_LABELS, type Level } from '../schemas/level';
import { type Atlas, getRole } from '../atlas/atlas';
import { paths } from '../lib/paths';
import { FILTER_KEYS, type FilterKey, type FilterOptions, LABEL_KEYS } from './filters';

/**
 * Kinds of page a reader can narrow a search to, in the order the filters list them. `overview`
 * covers the home page and the collection indexes, which list other pages rather than explain one;
 * `tool` the pages that work on the reader's input (the role finder, the comparison, progress).
 */
export const PAGE_TYPES = [
	'role',
	'pathway',
	'case-study',
	'exercise',
	'guide',
	'overview',
	'tool',
] as const;

/** A kind of page. */
export type PageType = (typeof PAGE_TYPES)[number];

/** Labels shown to readers, in the filter panel and on each result. */
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
	role: 'Role',
	pathway: 'Pathway',
	'case-study': 'Case study',
	exercise: 'Exercise',
	guide: 'Guide',
	overview: 'Overview',
	tool: 'Tool',
};

/** What the search knows about one page beyond its text: its kind and what it concerns. */
export interface SearchFacets {
	type: PageType;
	/** An exercise's level. */
	level?: Level;
	/** A role's family. */
	family?: Family;
	/** Ids of the roles the page concerns, in the order its data gives them. */
	roles: string[];
	/** What a role page is called: its title, then its aliases, all shown on the page. */
	names?: string[];
}

/** A page's search tags as Pagefind stores them: filter values (labels) and its names. */
export interface PageTags {
	filters: Partial<Record<FilterKey, string[]>>;
	/**
	 * The words of a role page's names, each once ("ML Engineer MLE Machine Learning"): a name
	 * counts once however many aliases repeat it, so "LLMOps" written in four aliases does not
	 * outweigh the other words of a query.
	 */
	names?: string;
}

/**
 * Lists the values of every filter from the collections, so a new role appears as a filter value
 * without anyone editing a list.
 */
export function filterOptions(atlas: Atlas): FilterOptions {
	return {
		type: PAGE_TYPES.map((id) => ({ id, label: PAGE_TYPE_LABELS[id] })),
		level: LEVELS.map((id) => ({ id, label: LEVEL_LABELS[id] })),
		family: FAMILIES.map((id) => ({ id, label: FAMILY_LABELS[id] })),
		role: atlas.roles.map((role) => ({ id: role.id, label: role.data.title })),
	};
}

/**
 * The facets of every page, keyed by its path, derived from the typed data: a role's family, an
 * exercise's level, and the roles a pathway, case study or exercise concerns (a role page concerns
 * itself, so the role filter also finds the role). `guideIds` are the ids of the Starlight docs
 * pages other than the home page and the 404 page.
 */
export function facetsByPath(atlas: Atlas, guideIds: readonly string[]): Map<string, SearchFacets> {
	const facets = new Map<string, SearchFacets>();
	for (const { id, data } of atlas.roles) {
		const names = [data.title, ...data.aliases];
		facets.set(paths.role(id), { type: 'role', family: data.family, roles: [id], names });
	}
	for (const { id, data } of atlas.pathways) {
		const roles = [...(data.from.role ? [data.from.role.id] : []), data.to.id];
		facets.set(paths.pathway(id), { type: 'pathway', roles });
	}
	for (const { id, data } of atlas.caseStudies) {
		facets.set(paths.caseStudy(id), { type: 'case-study', roles: data.roles.map((r) => r.id) });
	}
	for (const { id, data } of atlas.exercises) {
		const roles = data.roles.map((r) => r.id);
		facets.set(paths.exercise(id), { type: 'exercise', level: data.level, roles });
	}
	for (const id of guideIds) facets.set(paths.guide(id), { type: 'guide', roles: [] });
	for (const path of [
		paths.home,
		paths.roles,
		paths.pathways,
		paths.caseStudies,
		paths.exercises,
	]) {
		facets.set(path, { type: 'overview', roles: [] });
	}
	for (const path of [paths.findYourRole, paths.compare, paths.progress]) {
		facets.set(path, { type: 'tool', roles: [] });
	}
	return facets;
}

/** The words of some phrases, each once, in order of first use, ignoring case and punctuation. */
export function distinctWords(phrases: readonly string[]): string {
	const words = new Map<string, string>();
	for (const word of phrases.join(' ').split(/[^\p{L}\p{N}]+/u)) {
		if (word !== '' && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
	}
	return [...words.values()].join(' ');
}

/** A page's facets in the words Pagefind stores and shows: labels instead of ids. */
export function pageTags(atlas: Atlas, facets: SearchFacets): PageTags {
	return {
		filters: {
			type: [PAGE_TYPE_LABELS[facets.type]],
			...(facets.level && { level: [LEVEL_LABELS[facets.level]] }),
			...(facets.family && { family: [FAMILY_LABELS[facets.family]] }),
			role: facets.roles.flatMap((id) => getRole(atlas, id)?.data.title ?? []),
		},
		...(facets.names && { names: distinctWords(facets.names) }),
	};
}

/** A tag Starlight adds to a page's `<head>`. */
export type HeadEntry = StarlightRouteData['head'][number];

/**
 * Writes a page's tags as `<meta>` tags that Pagefind reads while indexing. Each filter value is
 * a tag; the type, level and family are also result labels; a role's names are metadata that the
 * ranking weighs (see ranking.ts), so the role page answers its own name before the pages that
 * mention it. Head tags let one route middleware tag every page, whichever component renders its
 * body; each carries a `name` so that it stays valid HTML.
 */
export function facetHead(tags: PageTags): HeadEntry[] {
	const shown: readonly FilterKey[] = LABEL_KEYS;
	const meta = (key: string, content: string, attrs: Record<string, string>): HeadEntry => ({
		tag: 'meta',
		attrs: { name: `atlas:${key}`, content, ...attrs },
	});
	const filters = FILTER_KEYS.flatMap((key) =>
		(tags.filters[key] ?? []).map((value) =>
			meta(key, value, {
				'data-pagefind-filter': `${key}[content]`,
				...(shown.includes(key) && { 'data-pagefind-meta': `${key}[content]` }),
			}),
		),
	);
	const names =
		tags.names === undefined
			? []
			: [meta('names', tags.names, { 'data-pagefind-meta': 'names[content]' })];
	return [...filters, ...names];
}
