/**
 * Sentence helpers for text built from data. Kept apart from `format.ts`, which the header's
 * search loads on every page, so they weigh only on the pages whose islands use them.
 */

/**
 * "A", "A and B", "A, B and C" (or with "or"): items in a sentence, in the site's style with no
 * serial comma, so every list a reader sees is joined the same way.
 */
export function listInWords(items: readonly string[], word: 'and' | 'or' = 'and'): string {
	const last = items.at(-1);
	if (items.length < 2 || last === undefined) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}

/** The text with its first letter in capitals, for a sentence that starts with a built phrase. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
