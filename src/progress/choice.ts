import { PROGRESS_STATES, type ProgressState } from './model';
import { update } from './storage';
import { withState } from './store';

/**
 * A radio group for one step or exercise (not started, in progress, done, skipped), cloned from
 * the `StateChoice.astro` template. Native radios announce their state and work by keyboard with
 * no extra code; the group's name carries the saved-progress key.
 */
export function createChoice(
	template: HTMLTemplateElement,
	key: string,
	legend: string,
	legendClass = 'sr-only',
): HTMLFieldSetElement {
	const fieldset = template.content.firstElementChild?.cloneNode(true);
	if (!(fieldset instanceof HTMLFieldSetElement)) throw new Error('state choice template missing');
	const caption = fieldset.querySelector('legend');
	if (caption) {
		caption.textContent = legend;
		caption.className = legendClass;
	}
	for (const radio of fieldset.querySelectorAll('input')) radio.name = key;
	return fieldset;
}

/** Checks the radio for a state (`undefined`: not started). */
export function setChoice(fieldset: HTMLFieldSetElement, state: ProgressState | undefined): void {
	for (const radio of fieldset.querySelectorAll('input'))
		radio.checked = radio.value === (state ?? '');
}

/** The state a changed radio stands for, and its key; undefined for any other event target. */
export function chosen(
	target: EventTarget | null,
): { key: string; state: ProgressState | undefined } | undefined {
	if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return undefined;
	return { key: target.name, state: PROGRESS_STATES.find((state) => state === target.value) };
}

/** Saves the state of whichever radio changed; any other change is ignored. */
export function saveChosen(event: Event): void {
	const change = chosen(event.target);
	const now = Date.now();
	if (change) update((progress) => withState(progress, change.key, change.state, now));
}
