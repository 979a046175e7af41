/** Something an element can contain: a node, text (always inserted as text), or nothing. */
export type Child = Node | string | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup, so
 * content, saved data and URL data cannot inject HTML. `undefined` and `false` children are
 * skipped, so optional parts can be written inline.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElementTagNameMap[Tag] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) if (child !== undefined && child !== false) element.append(child);
	return element;
}

/** Saves text as a file through the browser's download, without a server round trip. */
export function download(text: string, type: string, name: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	h('a', { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
