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

/** A letter or digit of any script, at the end or the start of a text. */
const WORD_PART_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_PART_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Whether `text` from `start` to `end` stands as whole words: no letter or digit of any script
 * right before or after it. The same test as `wholeWords`, for a match found without it.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
	// Two code units either side hold the whole character even when it is a surrogate pair.
	return (
		!WORD_PART_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
		!WORD_PART_AFTER.test(text.slice(end, end + 2))
	);
}
