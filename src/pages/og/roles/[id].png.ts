import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../data/atlas';
import type { RoleEntry } from '../../../utils/atlas';
import { cardTree, roleCard } from '../../../utils/og/cards';
import { renderCard } from '../../../utils/og/render';

/** One social preview image per role, built with the site. */
export async function getStaticPaths() {
	const atlas = await loadAtlas();
	return atlas.roles.map((role) => ({ params: { id: role.id }, props: { role } }));
}

export const GET: APIRoute<{ role: RoleEntry }> = async ({ props }) =>
	new Response(await renderCard(cardTree(roleCard(props.role))), {
		headers: { 'Content-Type': 'image/png' },
	});
