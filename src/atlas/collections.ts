import { getCollection } from 'astro:content';
import { type Atlas, createAtlas } from './atlas';
import { ContentIntegrityError, findBrokenReferences } from '../build/integrity';

let loading: Promise<Atlas> | undefined;

/**
 * Loads every collection once per build and checks that every cross-reference resolves, so a
 * reference to a missing role fails the build (naming file and field) instead of shipping a dead link.
 */
export function loadAtlas(): Promise<Atlas> {
	loading ??= (async () => {
		const collections = {
			roles: await getCollection('roles'),
			pathways: await getCollection('pathways'),
			caseStudies: await getCollection('caseStudies'),
			exercises: await getCollection('exercises'),
			backgrounds: await getCollection('backgrounds'),
			skills: await getCollection('skills'),
			resources: await getCollection('resources'),
			terms: await getCollection('terms'),
			faq: await getCollection('faq'),
			sources: await getCollection('sources'),
			docs: await getCollection('docs'),
		};
		const problems = findBrokenReferences(collections);
		if (problems.length > 0) throw new ContentIntegrityError(problems);
		return createAtlas(collections);
	})();
	return loading;
}

/** The collections that have a page per entry at `/<section>/<id>/`, keyed by the entry's own id. */
type EntryCollection = 'roles' | 'pathways' | 'caseStudies' | 'exercises';

/**
 * `getStaticPaths` for a collection's detail pages: one page per entry at its id, with the entry
 * and the atlas it belongs to as props. One function, so every detail route maps entries to
 * addresses alike and none has to load the atlas again.
 */
export async function entryPaths<Collection extends EntryCollection>(collection: Collection) {
	const atlas = await loadAtlas();
	const entries: readonly Atlas[Collection][number][] = atlas[collection];
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry, atlas } }));
}
