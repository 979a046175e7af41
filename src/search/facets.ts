import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { FAMILIES, FAMILY_LABELS, type Family } from '../schemas/family';
import { LEVELS, LEVEL_LABELS, type Level } from '../schemas/level';
import { type Atlas, getRole, pathwaysFromBackground, resolve } from '../atlas/atlas';
import { describeCompensationBasis, formatCompensationRange } from '../lib/format';
import { paths } from '../lib/paths';
import { FILTER_KEYS, type FilterKey, type FilterOptions, LABEL_KEYS } from './filters';

/**
 * Kinds of page a reader can narrow a search to, in the order the filters list them. `overview`
 * covers the home page and the collection indexes, which list other pages rather than explain one;
 * `tool` the pages that work on the reader's input (the role finder, the comparison, progress);
 * `starting-point` the page of each background, with every move from it; `glossary`, `faq` and
 * `resources` the reference pages, so "what is…" questions can ask the glossary alone.
 */
export const PAGE_TYPES = [
	'role',
	'pathway',
	'starting-point',
	'case-study',
	'exercise',
	'guide',
	'glossary',
	'faq',
	'resources',
	'overview',
	'tool',
] as const;

/** A kind of page. */
export type PageType = (typeof PAGE_TYPES)[number];

/** Labels shown to readers, in the filter panel and on each result. */
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
	role: 'Role',
	pathway: 'Pathway',
	'starting-point': 'Starting point',
	'case-study': 'Case study',
	exercise: 'Exercise',
	guide: 'Guide',
	glossary: 'Glossary',
	faq: 'Question',
	resources: 'Resources',
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
	/** The tools a role page lists: each group's name ("Feature stores"), its tools and their other names. */
	tools?: string[];
	/**
	 * A role page's published pay range, named like the role's pay chart ("ML Engineer: published
	 * pay $150K–$350K, 2026"), so a search for a role's pay matches it as a whole.
	 */
	pay?: string;
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
	/** The words of a role's tools, each once: the role answers a search for its tools. */
	tools?: string;
	/** A role's published pay range: the role answers "data scientist salary" with its figure. */
	pay?: string;
}

/** The tags the ranking weighs as metadata, in the order they are written (see ranking.ts). */
const RANKED_TAGS = ['names', 'tools', 'pay'] as const;

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
		const tools = data.tools.flatMap((group) => [
			group.group,
			...resolve(atlas.resources, group.resources).flatMap((tool) => [
				tool.data.name,
				...tool.data.aliases,
			]),
		]);
		const pay = data.compensation;
		facets.set(paths.role(id), {
			type: 'role',
			family: data.family,
			roles: [id],
			names,
			...(tools.length > 0 && { tools }),
			...(pay && {
				pay: `${data.title}: published pay ${formatCompensationRange(pay)}, ${describeCompensationBasis(pay)}`,
			}),
		});
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
	for (const { id } of atlas.backgrounds) {
		const roles = [...new Set(pathwaysFromBackground(atlas, id).map((p) => p.data.to.id))];
		facets.set(paths.background(id), { type: 'starting-point', roles });
	}
	for (const id of guideIds) facets.set(paths.guide(id), { type: 'guide', roles: [] });
	facets.set(paths.glossary, { type: 'glossary', roles: [] });
	facets.set(paths.faq, { type: 'faq', roles: [] });
	facets.set(paths.resources, { type: 'resources', roles: [] });
	for (const path of [
		paths.home,
		paths.roles,
		paths.pathways,
		paths.backgrounds,
		paths.caseStudies,
		paths.exercises,
	]) {
		facets.set(path, { type: 'overview', roles: [] });
	}
	for (const path of [paths.findYourRole, paths.compare, paths.progress, paths.progressBackup]) {
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
		...(facets.tools && { tools: distinctWords(facets.tools) }),
		...(facets.pay && { pay: facets.pay }),
	};
}

/** A tag Starlight adds to a page's `<head>`. */
export type HeadEntry = StarlightRouteData['head'][number];

/**
 * Writes a page's tags as `<meta>` tags that Pagefind reads while indexing. Each filter value is
 * a tag; the type, level and family are also result labels; a role's names, its tools and its published
 * pay are metadata that the ranking weighs (see ranking.ts), so the role page answers its own
 * name, the tools it lists and a question about its pay before the pages that mention them. Head tags let one route middleware tag every page, whichever component renders its
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
	const ranked = RANKED_TAGS.flatMap((key) => {
		const value = tags[key];
		return value === undefined
			? []
			: [meta(key, value, { 'data-pagefind-meta': `${key}[content]` })];
	});
	return [...filters, ...ranked];
}
