import { loadAtlas } from '../../atlas/collections';
import { progressCatalogue } from '../../progress/catalogue';

/**
 * Every pathway (with its stages and steps) and exercise that can carry progress, as JSON: the
 * home page's "Continue your plan" fetches it only for a reader with saved progress, so the home
 * page carries none of it.
 */
export async function GET(): Promise<Response> {
	const atlas = await loadAtlas();
	return new Response(JSON.stringify(progressCatalogue(atlas)), {
		headers: { 'Content-Type': 'application/json' },
	});
}
