/** Creates an element with attributes and children; strings become text, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** Saves text as a file through the browser's download, without a server round trip. */
export function download(text: string, type: string, name: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	h('a', { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
