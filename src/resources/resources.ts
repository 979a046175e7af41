import {
	type Atlas,
	type ResourceEntry,
	type RoleEntry,
	pathwaysUsingResource,
	resolve,
} from '../atlas/atlas';
import { RESOURCE_KINDS, RESOURCE_KIND_LABELS, RESOURCE_KIND_NAMES } from '../schemas/resource';
import { paths } from '../lib/paths';

/** A link on the resources page. */
export interface ResourceLink {
	href: string;
	title: string;
}

/** One resource as the page shows it. */
export interface ResourceView {
	/** The entry's anchor: role pages and pathway steps link to `/resources/#<id>`. */
	id: string;
	name: string;
	/** Its official address. */
	url: string;
	/** The address's host without `www.` ("pytorch.org"), so readers see where the link goes. */
	host: string;
	kind: string;
	purpose: string;
	/** Titles of the skills it helps build. */
	skills: string[];
	roles: ResourceLink[];
}

/** One kind of resource and its entries, by name. */
export interface ResourceKindGroup {
	id: string;
	heading: string;
	entries: ResourceView[];
}

/**
 * The roles a resource serves: those it names, those whose tools list it, and those that a
 * pathway with a step linking it leads into. Usage is read where it is written, so adding a
 * pathway or a tool never means editing the resource's file to keep `/resources/` in step.
 */
export function rolesForResource(atlas: Atlas, resource: ResourceEntry): RoleEntry[] {
	const stepTargets = pathwaysUsingResource(atlas, resource.id).map(
		(pathway) => pathway.data.to.id,
	);
	return atlas.roles.filter(
		(role) =>
			resource.data.roles.some((ref) => ref.id === role.id) ||
			role.data.tools.some((group) => group.resources.some((ref) => ref.id === resource.id)) ||
			stepTargets.includes(role.id),
	);
}

/** One resource, resolved for the page. */
export function resourceView(atlas: Atlas, resource: ResourceEntry): ResourceView {
	const { data } = resource;
	return {
		id: resource.id,
		name: data.name,
		url: data.url,
		host: new URL(data.url).hostname.replace(/^www\./, ''),
		kind: RESOURCE_KIND_NAMES[data.kind],
		purpose: data.purpose,
		skills: resolve(atlas.skills, data.skills).map((skill) => skill.data.title),
		roles: rolesForResource(atlas, resource).map((role) => ({
			href: paths.role(role.id),
			title: role.data.title,
		})),
	};
}

/** Every resource grouped by kind, in the schema's order of kinds; kinds with none are left out. */
export function resourcesByKind(atlas: Atlas): ResourceKindGroup[] {
	return RESOURCE_KINDS.flatMap((kind) => {
		const entries = atlas.resources
			.filter((resource) => resource.data.kind === kind)
			.map((resource) => resourceView(atlas, resource));
		return entries.length > 0 ? [{ id: kind, heading: RESOURCE_KIND_LABELS[kind], entries }] : [];
	});
}

/** A role and the resources it uses, linking to their entries on the page. */
export interface RoleResources {
	role: ResourceLink;
	resources: ResourceLink[];
}

/** For each role, in the atlas's order, the resources that serve it; roles with none are left out. */
export function resourcesByRole(atlas: Atlas): RoleResources[] {
	// Each resource's roles once, not once per role: working them out walks every pathway step.
	const rolesOf = new Map(
		atlas.resources.map((resource) => [resource, rolesForResource(atlas, resource)]),
	);
	return atlas.roles.flatMap((role) => {
		const resources = atlas.resources
			.filter((resource) => rolesOf.get(resource)?.includes(role))
			.map((resource) => ({ href: `#${resource.id}`, title: resource.data.name }));
		if (resources.length === 0) return [];
		return [{ role: { href: paths.role(role.id), title: role.data.title }, resources }];
	});
}
