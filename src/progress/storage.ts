import { STORAGE_KEY } from './model';
import type { Progress } from './schema';
import { emptyProgress, readSaved, type SavedProgress, serialise } from './store';

/**
 * The browser half of the progress store, shared by every island on a page: one copy of the saved
 * document, re-read when another tab changes it (the `storage` event), and one list of islands to
 * re-render after any change. Storage that is blocked or full never breaks a page: changes then
 * last until the page is left, and the islands say so.
 */

let saved: SavedProgress | undefined;
/** Set when the browser refused to read or write localStorage. */
let blocked = false;
const listeners = new Set<() => void>();

/** Told to readers when localStorage cannot be used. */
const BLOCKED =
	'This browser is not letting the site save (storage is blocked or full), so changes last only until you leave the page.';

function readRaw(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		blocked = true;
		return null;
	}
}

function notify(): void {
	for (const listener of listeners) listener();
}

/** The saved document, and a sentence on anything wrong with what was saved or with storage. */
export function current(): SavedProgress {
	saved ??= readSaved(readRaw());
	return blocked ? { ...saved, problem: BLOCKED } : saved;
}

/**
 * Applies a change to the latest saved document (re-read first, so a change made in another tab
 * a moment ago is kept), saves it and re-renders every island. Saving a salvaged document is
 * what clears a corruption notice: the damaged parts are gone, the valid ones written back.
 */
export function update(change: (progress: Progress) => Progress): void {
	const latest = blocked ? current() : readSaved(readRaw());
	const progress = change(latest.progress);
	try {
		localStorage.setItem(STORAGE_KEY, serialise(progress));
	} catch {
		blocked = true;
	}
	saved = { progress, problem: undefined };
	notify();
}

/** Deletes all saved progress. */
export function reset(): void {
	try {
		localStorage.removeItem(STORAGE_KEY);
	} catch {
		blocked = true;
	}
	saved = { progress: emptyProgress(), problem: undefined };
	notify();
}

/** Asks before deleting everything; the one way any island resets. */
export function confirmReset(): void {
	if (
		confirm(
			'Delete all your saved progress, your plan and your skills matrix from this browser? This cannot be undone; export a file first if you may want it back.',
		)
	) {
		reset();
	}
}

/** Calls `listener` after every change, in this tab or another. */
export function subscribe(listener: () => void): void {
	listeners.add(listener);
}

addEventListener('storage', (event) => {
	if (event.key !== STORAGE_KEY && event.key !== null) return;
	saved = undefined;
	notify();
});
