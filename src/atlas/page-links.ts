import type { ResourceEntry } from './atlas';
import { paths } from '../lib/paths';

/** A link to a page of the site, with the words it shows. */
export interface PageLink {
	href: string;
	title: string;
}

/** A resource as a link to its entry on the resources page, which gives its official address. */
export function resourceLink(resource: ResourceEntry): PageLink {
	return { href: paths.resource(resource.id), title: resource.data.name };
}

/** The one thing to do after reading a page: a lead-in, a link and why it is worth following. */
export interface NextStep extends PageLink {
	lead: string;
	summary: string;
}
