/**
 * The plain text of a short Markdown body (an FAQ answer), for structured data, which carries
 * text, not markup: links keep their words, emphasis and code marks go, paragraphs become single
 * spaces. Enough for the prose the FAQ is written in (paragraphs, links, bold, lists), not a
 * Markdown parser.
 */
export function markdownText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|\*|`)(.+?)\1/g, '$2')
		.replace(/(?<![\p{L}\p{N}])(__|_)(.+?)\1(?![\p{L}\p{N}])/gu, '$2')
		.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}
