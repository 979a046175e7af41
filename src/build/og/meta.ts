/**
 * The preview image of a page, if it has one: role and pathway pages do, as `/og/roles/<id>.png`
 * and `/og/pathways/<id>.png`. Only ids in `ids` count, so an unknown path never points to an image
 * that was not built.
 */
export function ogImagePath(
	pathname: string,
	ids: { roles: readonly string[]; pathways: readonly string[] },
): string | undefined {
	const match = /^\/(roles|pathways)\/([a-z0-9-]+)\/$/.exec(pathname);
	const kind = match?.[1];
	const id = match?.[2];
	if ((kind !== 'roles' && kind !== 'pathways') || id === undefined) return undefined;
	return ids[kind].includes(id) ? ogImageUrl(kind, id) : undefined;
}

/** Where the preview image of a role or pathway is built. */
export function ogImageUrl(kind: 'roles' | 'pathways', id: string): string {
	return `/og/${kind}/${id}.png`;
}

/** A `<meta>` tag as Starlight's route data lists head entries. */
export interface MetaTag {
	tag: 'meta';
	attrs: { property: string; content: string };
	content: string;
}

/**
 * The Open Graph tags for a preview image: its absolute URL (sites fetch it from elsewhere), its
 * size, and a text alternative for the networks that show one.
 */
export function ogImageTags(
	url: string,
	alt: string,
	size: { width: number; height: number },
): MetaTag[] {
	const meta = (property: string, content: string): MetaTag => ({
		tag: 'meta',
		attrs: { property, content },
		content: '',
	});
	return [
		meta('og:image', url),
		meta('og:image:width', String(size.width)),
		meta('og:image:height', String(size.height)),
		meta('og:image:alt', alt),
	];
}
