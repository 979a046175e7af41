/**
 * JSON that is safe inside `<script type="application/json">`, for data an island reads from its
 * page. Escaping `<`, `>` and `&` as Unicode escapes means no title (say one containing
 * `</script>`) can end the element or open a comment; `JSON.parse` reads the escapes back unchanged.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replaceAll('<', '\\u003c')
		.replaceAll('>', '\\u003e')
		.replaceAll('&', '\\u0026')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}
