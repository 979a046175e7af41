import type { ContentPage } from '../atlas/content-pages.ts';

/** What the index says about the site as a whole. */
export interface SiteSummary {
	title: string;
	/** One sentence on what the site is for: the home page's description. */
	description: string;
	/** The public origin pages are linked at. */
	site: URL;
}

/** Where the full text of every page listed in `/llms.txt` is published. */
export const LLMS_FULL_PATH = '/llms-full.txt';

/** A link line of the index: `- [Title](https://…/path/): summary`. */
const LINK_LINE = /^- \[(?<title>[^\]]+)\]\((?<url>[^)\s]+)\)(?::\s(?<summary>.*))?$/;

/**
 * The site's index for AI assistants in the llms.txt format (llmstxt.org): a title, a one-line
 * summary, what the figures on the site carry, then one section per kind of page, in the order of
 * `pages`, each page a link with its summary. Built from the collections, so every role, pathway,
 * case study, exercise and guide is listed with the summary its page opens with.
 */
export function llmsTxt(summary: SiteSummary, pages: readonly ContentPage[]): string {
	const url = (path: string) => new URL(path, summary.site).href;
	const sections = [...new Set(pages.map((page) => page.section))];
	return [
		`# ${summary.title}`,
		'',
		`> ${summary.description}`,
		'',
		'Pay figures on the site are ranges that carry their year and their source. A time with no published figure behind it is marked as the site’s own planning estimate. Each page below opens with the summary given here.',
		'',
		...sections.flatMap((section) => [
			`## ${section}`,
			'',
			...pages
				.filter((page) => page.section === section)
				.map((page) => `- [${page.title}](${url(page.path)}): ${page.summary}`),
			'',
		]),
		'## Optional',
		'',
		`- [Full text](${url(LLMS_FULL_PATH)}): the text of every page listed above, in the same order.`,
		'',
	].join('\n');
}

/** A page the index links to. */
export interface IndexedPage {
	title: string;
	url: URL;
}

/**
 * The pages an index made by {@link llmsTxt} lists, in order, leaving out its link to the full
 * text: what the full text is made of, so the two always list the same pages.
 */
export function indexedPages(index: string): IndexedPage[] {
	return index.split('\n').flatMap((line) => {
		const { title, url } = LINK_LINE.exec(line)?.groups ?? {};
		if (!title || !url) return [];
		const parsed = new URL(url);
		return parsed.pathname === LLMS_FULL_PATH ? [] : [{ title, url: parsed }];
	});
}
