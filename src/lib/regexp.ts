/** Text made safe to put in a regular expression, every special character escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A pattern that matches `body` (a pattern source) only as whole words: not inside a longer word,
 * so "RAG" never matches inside "FRAGMENT". Letters and digits of any script count as word parts.
 */
export function wholeWords(body: string, flags: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}
