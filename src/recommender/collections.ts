import { getCollection } from 'astro:content';
import { ContentIntegrityError, findBrokenReferences } from '../build/integrity';
import { buildModel, type Model } from './model';
import { unreachableRoles } from './coverage';
import { loadAtlas } from '../atlas/collections';

/** The one entry of a single-file collection; the build stops if the file is missing. */
function only<T>(entries: readonly T[], file: string): T {
	const [entry] = entries;
	if (entries.length !== 1 || entry === undefined)
		throw new Error(`Expected exactly one ${file} in content/recommender/`);
	return entry;
}

let loading: Promise<Model> | undefined;

/**
 * Loads the recommender's model once per build: its data from `content/recommender/`, with every
 * reference checked against the collections, and the role summaries from the atlas. The build
 * fails if a reference is broken or if some role could never reach anyone's top three.
 */
export function loadRecommender(): Promise<Model> {
	loading ??= (async () => {
		const atlas = await loadAtlas();
		const quickMatch = await getCollection('recommenderQuickMatch');
		const assessment = await getCollection('recommenderAssessment');
		// The atlas checked its own references when it loaded; only the recommender's are new.
		const recommender = { recommenderQuickMatch: quickMatch, recommenderAssessment: assessment };
		const problems = findBrokenReferences(recommender, { ...atlas, ...recommender });
		if (problems.length > 0) throw new ContentIntegrityError(problems);
		const model = buildModel({
			...atlas,
			quickMatch: only(quickMatch, 'quick-match.json').data,
			assessment: only(assessment, 'assessment.json').data,
		});
		const unreachable = unreachableRoles(model);
		if (unreachable.length > 0) {
			throw new Error(
				`These roles can never reach anyone's top three in the recommender: ${unreachable
					.map((role) => role.id)
					.join(', ')}. Point an interest or a goal at them in content/recommender/.`,
			);
		}
		return model;
	})();
	return loading;
}
