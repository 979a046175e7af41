/**
 * JSON that is safe inside `<script type="application/json">`. Escaping `<`, `>` and `&` as
 * Unicode escapes means no content string (say a reason containing `</script>`) can end the
 * element or open a comment; `JSON.parse` reads the escapes back unchanged.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replaceAll('<', '\\u003c')
		.replaceAll('>', '\\u003e')
		.replaceAll('&', '\\u0026')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}
