/**
 * The dates and evidence forms' messages. Each field (`.atlas-input`) carries its message in its
 * template (`data-error`, and other `data-…` messages for other reasons) and has a line beside it,
 * `#<field id>-error`, that it is described by. A refused form shows the message beside every
 * field in error and focuses the first, so nothing is refused silently.
 */

/**
 * Shows the message (`data-<reason>`) beside every field of `form` named in `invalid`, clears
 * the others, and focuses the first field in error. Returns whether there was any.
 */
export function showErrors(
	form: HTMLFormElement,
	invalid: readonly string[],
	reason = 'error',
): boolean {
	let first: HTMLElement | undefined;
	for (const input of form.querySelectorAll<HTMLInputElement>('.atlas-input')) {
		const wrong = invalid.includes(input.name);
		input.setAttribute('aria-invalid', String(wrong));
		const line = form.querySelector(`[id="${input.id}-error"]`);
		if (line) line.textContent = wrong ? (input.dataset[reason] ?? '') : '';
		if (wrong) first ??= input;
	}
	first?.focus();
	return first !== undefined;
}

/** The value of a named field of a form, as text. */
export function valueOf(form: HTMLFormElement, name: string): string {
	const value = new FormData(form).get(name);
	return typeof value === 'string' ? value : '';
}
