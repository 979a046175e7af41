import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../atlas/collections';
import type { RoleEntry } from '../../../atlas/atlas';
import { cardTree, roleCard } from '../../../build/og/cards';
import { renderCard } from '../../../build/og/render';

/** One social preview image per role, built with the site. */
export async function getStaticPaths() {
	const atlas = await loadAtlas();
	return atlas.roles.map((role) => ({ params: { id: role.id }, props: { role } }));
}

export const GET: APIRoute<{ role: RoleEntry }> = async ({ props }) =>
	new Response(await renderCard(cardTree(roleCard(props.role))), {
		headers: { 'Content-Type': 'image/png' },
	});
