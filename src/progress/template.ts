/**
 * Markup for the progress islands lives in `.astro` files, where it costs no JavaScript: the
 * islands clone `<template>`s and find their parts by `data-` attributes. A missing part is a
 * mistake in this repository's own markup, so it throws rather than being checked at every use.
 */

/** The element `selector` finds in `root`; throws if there is none. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`The page lacks ${selector}`);
	return element;
}

/**
 * A finder for the parts of `root` marked with a `data-` attribute: `partsOf(root)('plan')` is
 * `find(root, '[data-plan]')`, so an island names its parts as its markup does.
 */
export const partsOf =
	(root: ParentNode) =>
	<T extends HTMLElement = HTMLElement>(name: string): T =>
		find<T>(root, `[data-${name}]`);

/**
 * Clones the first element of a template, with placeholders such as `{id}` filled in every
 * attribute that names or points to an element (`id`, `for`, `name`, `aria-…by`), so one template
 * serves every copy on a page with unique ids. Values are set as attributes, never parsed as HTML.
 */
export function fromTemplate(
	template: HTMLTemplateElement,
	values: Readonly<Record<string, string>>,
): HTMLElement {
	const copy = template.content.firstElementChild?.cloneNode(true);
	if (!(copy instanceof HTMLElement)) throw new Error('The template is empty');
	for (const element of [copy, ...copy.querySelectorAll('*')]) {
		for (const name of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby']) {
			const value = element.getAttribute(name);
			if (value?.includes('{'))
				element.setAttribute(
					name,
					value.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole),
				);
		}
	}
	return copy;
}
