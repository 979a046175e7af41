import type { Atlas, RoleEntry } from './atlas';
import { resolve } from './atlas';

/** A page's `sources` field: the documents it draws on and what they leave out. */
export type PageSources = RoleEntry['data']['sources'];

/** One document as a page's Sources box names it. */
export interface SourceDocumentView {
	id: string;
	title: string;
	/** What kind of document it is, in lower case for the middle of a line ("slide deck"). */
	kind: string;
	/** The document is a generated or fictional story: its figures illustrate, they are not data. */
	illustrative: boolean;
}

/** What a Sources box shows: every document named, in the page's order, and the gaps. */
export interface SourcesBoxView {
	documents: SourceDocumentView[];
	gaps: readonly string[];
}

/**
 * The Sources box of a page, with each document's title and kind looked up in the sources
 * collection, so a title is written once however many pages cite it.
 */
export function sourcesBox(atlas: Pick<Atlas, 'sources'>, sources: PageSources): SourcesBoxView {
	return {
		documents: resolve(atlas.sources, sources.documents).map(({ id, data }) => ({
			id,
			title: data.title,
			kind: data.kind.toLowerCase(),
			illustrative: data.illustrative,
		})),
		gaps: sources.gaps,
	};
}

/**
 * Whether a page draws on an illustrative story. Figures and timelines such a page takes from its
 * documents (a pathway's stage lengths, a career's pay) are then labelled as an illustration
 * beside them, wherever they are shown, because the story's own flag says they are not data.
 */
export function drawsOnIllustrativeStory(
	atlas: Pick<Atlas, 'sources'>,
	sources: PageSources,
): boolean {
	return resolve(atlas.sources, sources.documents).some((document) => document.data.illustrative);
}

/** Where a time figure comes from, as `DurationSchema`'s `basis` records it. */
export type TimeBasis = 'source' | 'estimate';

/**
 * The note a time figure carries on the page: ours when it is our planning estimate, an
 * illustration when it comes from an illustrative story, none when it is a published figure.
 */
export function timeNote(basis: TimeBasis, illustrative: boolean): string | undefined {
	if (basis === 'estimate') return 'our planning estimate';
	return illustrative ? 'from an illustrative story, not data' : undefined;
}
