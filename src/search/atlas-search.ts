/**
 * The `atlas-search` island: runs a search form (see SearchForm.astro) with Pagefind's JavaScript
 * API. The search page imports it on load; the header's dialog imports it when a reader first
 * reaches for search, so pages that are only read never download it.
 */
import { PAGEFIND_RANKING } from './ranking';
import { FILTER_KEYS, type FilterKey, type FilterOption, type FilterOptions } from './filters';
import {
	cleanQuery,
	describeIgnored,
	emptyRequest,
	isEmptyRequest,
	pagefindFilters,
	parseSearchParams,
	searchHref,
	type SearchRequest,
} from './query';
import {
	describeResults,
	excerptParts,
	resultLabel,
	safeHref,
	sectionLinks,
	type PagefindApi,
	type PagefindHit,
	type PagefindResult,
} from './results';
import { SEARCH_UNAVAILABLE } from './unavailable';
import { readQuery } from './question';
import { GLOSSARY_TYPE, searchAsAsked } from './reader-search';

/**
 * Results shown at first and added by "Show more results". Each result costs a download of a
 * few kilobytes, so the first screen stays small (see the search budget in the README).
 */
const PAGE_SIZE = 5;
/** Wait after a keystroke before searching, so typing a word runs one search, not five. */
const TYPING_PAUSE_MS = 80;

let pagefind: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once per page, with the ranking the relevance test checks. Searching runs on
 * the main thread: for an index this size it takes milliseconds, and it saves downloading
 * Pagefind's worker script.
 */
function loadPagefind(bundle: string): Promise<PagefindApi> {
	pagefind ??= (async () => {
		const api: PagefindApi = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
		await api.options({ ranking: PAGEFIND_RANKING, excerptLength: 24, noWorker: true });
		return api;
	})();
	return pagefind;
}

/** Runs one search form: searches as the reader types and, on /search/, keeps the URL in step. */
class AtlasSearch extends HTMLElement {
	#latest = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#hits: PagefindHit[] = [];
	#shown = 0;

	get #onPage(): boolean {
		return this.dataset['mode'] === 'page';
	}

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.#input();
		if (!form || !input) return;
		this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
		const options = this.#options();
		if (this.#onPage) {
			const parsed = parseSearchParams(new URLSearchParams(location.search), options);
			this.#show(parsed.request);
			this.#notice(describeIgnored(parsed));
		}
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#search(options, 0);
		});
		input.addEventListener('focus', () => void this.#api(), { once: true });
		input.addEventListener('input', () => {
			const query = cleanQuery(input.value);
			if (query !== '') void this.#api().then((api) => api.preload(readQuery(query).words));
			this.#search(options, TYPING_PAUSE_MS);
		});
		form.addEventListener('change', (event) => {
			if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
				this.#search(options, 0);
			}
		});
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.#more());
		// In the dialog the reader may have typed while this module loaded: search for that now.
		if (this.#onPage || input.value !== '') this.#search(options, 0);
		if (document.activeElement === input) void this.#api();
	}

	#input() {
		return this.querySelector<HTMLInputElement>('input[name="q"]');
	}

	#api(): Promise<PagefindApi> {
		return loadPagefind(this.dataset['bundle'] ?? '/pagefind/');
	}

	/** The filter values the form offers: the only ones a link may ask for. */
	#options(): FilterOptions {
		const byKey = (key: FilterKey): FilterOption[] =>
			[...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)].map(
				(box) => ({ id: box.value, label: box.dataset['label'] ?? box.value }),
			);
		return {
			type: byKey('type'),
			level: byKey('level'),
			family: byKey('family'),
			role: byKey('role'),
		};
	}

	/** What the form asks for now. */
	#request(): SearchRequest {
		const request = emptyRequest();
		request.query = cleanQuery(this.#input()?.value ?? '');
		for (const key of FILTER_KEYS) {
			request.filters[key] = [
				...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]:checked`),
			].map((box) => box.value);
		}
		return request;
	}

	/** Puts a request into the form. */
	#show(request: SearchRequest) {
		const input = this.#input();
		if (input) input.value = request.query;
		for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			const key = FILTER_KEYS.find((candidate) => candidate === box.name);
			box.checked = key !== undefined && request.filters[key].includes(box.value);
		}
	}

	/** Says which parts of the link were left out, as text. */
	#notice(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!notice || text === '') return;
		notice.textContent = text;
		notice.hidden = false;
	}

	/** Searches after `delay` ms; only the latest request ever paints. */
	#search(options: FilterOptions, delay: number) {
		clearTimeout(this.#timer);
		const run = ++this.#latest;
		this.#timer = setTimeout(() => void this.#run(options, run), delay);
	}

	async #run(options: FilterOptions, run: number) {
		const request = this.#request();
		const href = searchHref(request);
		if (this.#onPage) history.replaceState(history.state, '', href);
		this.querySelector<HTMLAnchorElement>('[data-page-link]')?.setAttribute('href', href);
		const ticked = FILTER_KEYS.reduce((sum, key) => sum + request.filters[key].length, 0);
		const count = this.querySelector('[data-filter-count]');
		if (count) count.textContent = ticked === 0 ? '' : `(${ticked} ticked)`;
		if (isEmptyRequest(request)) {
			this.#hits = [];
			this.#paint(
				[],
				'Type words to search every role, pathway, case study, exercise and guide, or choose a filter.',
			);
			return;
		}
		this.dataset['state'] = 'searching';
		try {
			const api = await this.#api();
			const filters = pagefindFilters(request, options);
			const glossary = options.type.find((option) => option.id === GLOSSARY_TYPE)?.label;
			const hits = await searchAsAsked(api, request.query, filters, glossary);
			if (run !== this.#latest) return;
			this.#hits = hits;
			this.#shown = 0;
			const results = await this.#load(PAGE_SIZE);
			if (run !== this.#latest) return;
			const filterCount = Object.keys(filters).length;
			this.#paint(results, describeResults(request.query, filterCount, hits.length), request);
		} catch {
			if (run !== this.#latest) return;
			this.#paint([], SEARCH_UNAVAILABLE);
		}
	}

	/** Loads the next `count` results' data. */
	async #load(count: number): Promise<PagefindResult[]> {
		const next = this.#hits.slice(this.#shown, this.#shown + count);
		this.#shown += next.length;
		return Promise.all(next.map((hit) => hit.data()));
	}

	async #more() {
		const run = this.#latest;
		const results = await this.#load(PAGE_SIZE);
		if (run !== this.#latest) return;
		const list = this.querySelector('[data-results]');
		const items = results.map((result) => this.#result(result));
		list?.append(...items);
		items[0]?.querySelector('a')?.focus();
		this.#toggleMore();
	}

	#paint(results: PagefindResult[], message: string, request?: SearchRequest) {
		this.querySelector('[data-status]')?.replaceChildren(message);
		this.querySelector('[data-results]')?.replaceChildren(
			...results.map((result) => this.#result(result)),
		);
		this.#toggleMore();
		this.dataset['state'] = 'done';
		this.dataset['query'] = request?.query ?? '';
	}

	#toggleMore() {
		const more = this.querySelector<HTMLButtonElement>('[data-more]');
		if (more) more.hidden = this.#shown >= this.#hits.length;
	}

	/** One result, built from text nodes: the index never becomes HTML on this page. */
	#result(result: PagefindResult): HTMLLIElement {
		const item = document.createElement('li');
		const heading = document.createElement('p');
		heading.className = 'title';
		const link = document.createElement('a');
		link.href = safeHref(result.url) ?? '#';
		link.textContent = result.meta['title'] ?? result.url;
		heading.append(link);
		const label = resultLabel(result.meta);
		if (label !== '') {
			const tag = document.createElement('span');
			tag.className = 'atlas-label';
			tag.textContent = label;
			heading.append(' ', tag);
		}
		const excerpt = document.createElement('p');
		excerpt.className = 'excerpt';
		excerpt.append(
			...excerptParts(result.excerpt).map((part) => {
				if (!part.marked) return document.createTextNode(part.text);
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				return mark;
			}),
		);
		item.append(heading, excerpt);
		const sections = sectionLinks(result).flatMap((section) => {
			const href = safeHref(section.url);
			if (href === undefined) return [];
			const entry = document.createElement('li');
			const anchor = document.createElement('a');
			anchor.href = href;
			anchor.textContent = section.title;
			entry.append(anchor);
			return [entry];
		});
		if (sections.length > 0) {
			const list = document.createElement('ul');
			list.className = 'sections';
			list.setAttribute('aria-label', `Sections of ${link.textContent}`);
			list.append(...sections);
			item.append(list);
		}
		return item;
	}
}

customElements.define('atlas-search', AtlasSearch);
