import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../atlas/collections';
import type { PathwayEntry } from '../../../atlas/atlas';
import { cardTree, pathwayCard } from '../../../build/og/cards';
import { renderCard } from '../../../build/og/render';

/** One social preview image per pathway, built with the site. */
export async function getStaticPaths() {
	const atlas = await loadAtlas();
	return atlas.pathways.map((pathway) => ({ params: { id: pathway.id }, props: { pathway } }));
}

export const GET: APIRoute<{ pathway: PathwayEntry }> = async ({ props }) =>
	new Response(await renderCard(cardTree(pathwayCard(await loadAtlas(), props.pathway))), {
		headers: { 'Content-Type': 'image/png' },
	});
