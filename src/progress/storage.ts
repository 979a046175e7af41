import { STORAGE_KEY } from './model';
import type { Progress } from './schema';
import { describeSaved, emptyProgress, readSaved, type SavedProgress, serialise } from './store';

/**
 * The browser half of the progress store, shared by every island on a page.
 *
 * - **Never lost.** Every change is applied to the latest saved document (never to a stale copy),
 *   one change at a time across all tabs: writes take a Web Lock, and before writing a tab waits
 *   until its localStorage shows the last write any tab made (browsers pass localStorage between
 *   tabs asynchronously, so a lock alone would still let a tab read a copy a moment old). Each
 *   change touches only its own entry, so two tabs' changes never erase each other.
 * - **Never overwritten silently.** Saved data that cannot be read whole is shown as a notice on
 *   every page that can change it, before any change; the first change keeps the original under a
 *   second key until the reader downloads it or resets. Fields this version does not know are
 *   written back as they were.
 * - **Honest about storage.** When the browser will not save, changes last until the page is left,
 *   and the islands (and `update`'s result) say so.
 */

/**
 * A change to the reader's progress: a pure function of the latest document. It may run more than
 * once (on this page's view, then on whatever another tab saved meanwhile), so it must not read
 * state that changes in between: take times and lists when the reader acts, outside the function.
 */
export type Change = (progress: Progress) => Progress;

/** Where the unreadable original is kept from the first change until the reader deals with it. */
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;

/** The Web Lock every tab takes to change saved progress. */
const LOCK = STORAGE_KEY;

/**
 * A lock held by the tab that wrote last, named `<prefix><n>:<fingerprint>`, so a tab about to
 * write can learn, from the browser's own lock manager, what the latest document looks like.
 */
const WRITTEN = `${STORAGE_KEY}:written:`;

/** How long a tab waits for another tab's write to reach its localStorage before going ahead. */
const CATCH_UP_MS = 1000;

/** A reset, in the queue of changes: everything before it is dropped, the original included. */
const RESET: Change = () => emptyProgress();

/** Told to readers when localStorage cannot be used. */
const BLOCKED =
	'This browser is not letting the site save (storage is blocked or full), so changes last only until you leave the page.';

/** Told when the unreadable original cannot be kept aside, so nothing is written over it. */
const NO_ROOM =
	'There is no room in this browser to keep a copy of the saved progress that could not be read, so changes are not saved over it: download it, or reset, to carry on.';

/** The latest saved document this tab has read; re-read when another tab changes it. */
let saved: SavedProgress | undefined;
/** This tab's changes not written yet: shown at once, written in order. */
let pending: Change[] = [];
/** Set when the browser refused to read or write localStorage, with the sentence to show. */
let blocked: string | undefined;
/** Set once the reader has downloaded the unreadable original, so it need not be kept again. */
let originalTaken = false;
/** The unreadable original kept aside (null: none), read once per change. */
let aside: { raw: string; saved: SavedProgress } | null | undefined;
/** Writes run one after another; each resolves with whether its change was saved. */
let queue: Promise<boolean> = Promise.resolve(true);
/** Whether the last write was saved, for changes it carried along with its own. */
let lastSaved = true;
/** The write number this tab last saw, and the release of the lock announcing its own write. */
let written = 0;
let releaseWritten: (() => void) | undefined;
const listeners = new Set<() => void>();

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		blocked = BLOCKED;
		return null;
	}
}

/** Writes or removes a key; false when the browser refuses. */
function write(key: string, value: string | null): boolean {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

function notify(): void {
	for (const listener of listeners) listener();
}

/** The changes in the queue after the last reset, and whether there was one. */
function sinceReset(changes: readonly Change[]): { reset: boolean; changes: Change[] } {
	const last = changes.lastIndexOf(RESET);
	return { reset: last >= 0, changes: changes.slice(last + 1) };
}

/** The original kept aside by an earlier change, read once until something changes. */
function keptAside(): { raw: string; saved: SavedProgress } | null {
	if (aside === undefined) {
		const raw = read(UNREADABLE_KEY);
		aside = raw === null ? null : { raw, saved: readSaved(raw) };
	}
	return aside;
}

/** What this page shows of the reader's progress, and what it tells them about it. */
export interface CurrentProgress {
	/** The latest saved document with this tab's changes not yet written. */
	progress: Progress;
	/** A sentence on anything wrong with what was saved or with storage, or undefined. */
	problem: string | undefined;
	/** Whether there is an unreadable original the reader can download (`takeUnreadable`). */
	original: boolean;
}

/** The reader's progress as this page shows it, and anything the page must tell them first. */
export function current(): CurrentProgress {
	saved ??= readSaved(read(STORAGE_KEY));
	const { reset, changes } = sinceReset(pending);
	const progress = changes.reduce(
		(document, change) => change(document),
		reset ? emptyProgress() : saved.progress,
	);
	const original = !reset && !originalTaken && (saved.unread !== undefined || keptAside() !== null);
	const problem = reset ? undefined : describeSaved(saved, keptAside()?.saved);
	return { progress, problem: blocked ?? problem, original };
}

/** A short fingerprint of a saved document: its length and a 32-bit FNV-1a hash. */
function fingerprint(raw: string | null): string {
	if (raw === null) return 'none';
	let hash = 0x811c9dc5;
	for (let index = 0; index < raw.length; index += 1) {
		hash = Math.imul(hash ^ raw.charCodeAt(index), 0x01000193);
	}
	return `${raw.length}.${(hash >>> 0).toString(36)}`;
}

/**
 * Waits (at most `CATCH_UP_MS`) until this tab's localStorage shows the document the last writer
 * announced. The lock manager answers at once and the same for every tab; localStorage follows a
 * moment later.
 */
async function catchUp(): Promise<void> {
	const { held = [] } = await navigator.locks.query();
	let latest: { n: number; print: string } | undefined;
	for (const { name = '' } of held) {
		if (!name.startsWith(WRITTEN)) continue;
		const [n = '', print = ''] = name.slice(WRITTEN.length).split(':');
		if (Number(n) > (latest?.n ?? 0)) latest = { n: Number(n), print };
	}
	if (!latest) return;
	written = Math.max(written, latest.n);
	const deadline = Date.now() + CATCH_UP_MS;
	while (fingerprint(read(STORAGE_KEY)) !== latest.print && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Holds a lock naming this write until the next one, for other tabs' `catchUp`. */
async function announce(raw: string | null): Promise<void> {
	written += 1;
	const name = `${WRITTEN}${written}:${fingerprint(raw)}`;
	const previous = releaseWritten;
	await new Promise<void>((granted) => {
		void navigator.locks.request(name, () => {
			granted();
			return new Promise<void>((release) => (releaseWritten = release));
		});
	});
	previous?.();
}

/**
 * Writes every pending change onto the latest saved document. Runs inside the lock; `locked` is
 * false when the browser has no Web Locks (or the page is being left), and then it writes at once.
 * Before the first write over data that could not be read whole, the original is kept aside; if
 * there is no room for it, nothing is written over it.
 */
async function save(locked: boolean): Promise<boolean> {
	if (locked && pending.length > 0) await catchUp();
	if (pending.length === 0) return lastSaved;
	const inMemory = blocked !== undefined && saved !== undefined;
	const raw = inMemory ? null : read(STORAGE_KEY);
	const latest = inMemory && saved ? saved : readSaved(raw);
	const batch = pending;
	pending = [];
	const { reset, changes } = sinceReset(batch);
	const progress = changes.reduce(
		(document, change) => change(document),
		reset ? emptyProgress() : latest.progress,
	);
	const text =
		reset && changes.length === 0
			? null
			: serialise(progress, reset ? undefined : latest.preserved);
	let ok = blocked === undefined;
	if (ok && reset) {
		ok = write(UNREADABLE_KEY, null);
		originalTaken = false;
	} else if (ok && latest.unread !== undefined && raw !== null && !originalTaken) {
		ok = read(UNREADABLE_KEY) !== null || write(UNREADABLE_KEY, raw);
		if (!ok) blocked = NO_ROOM;
	}
	ok = ok && write(STORAGE_KEY, text);
	blocked ??= ok ? undefined : BLOCKED;
	if (ok && locked) await announce(text);
	saved = ok ? readSaved(text) : { ...latest, progress };
	aside = undefined;
	lastSaved = ok;
	notify();
	return ok;
}

/** Runs `save` in the lock every tab shares, or at once where the browser has no Web Locks. */
function enqueue(): Promise<boolean> {
	const run = async (): Promise<boolean> =>
		'locks' in navigator ? navigator.locks.request(LOCK, () => save(true)) : save(false);
	queue = queue.then(run, run);
	return queue;
}

/**
 * Applies a change: shown at once on this page, then written onto the latest saved document (so a
 * change made in another tab a moment ago is kept). Resolves with whether it was saved; when the
 * browser will not save, the change lasts until the page is left and the notice says so.
 */
export function update(change: Change): Promise<boolean> {
	pending.push(change);
	notify();
	return enqueue();
}

/** Deletes all saved progress, and the unreadable original if one was kept aside. */
export function reset(): Promise<boolean> {
	return update(RESET);
}

/** Asks before deleting everything; the one way any island resets. */
export function confirmReset(): void {
	if (
		confirm(
			'Delete all your saved progress, your plan and your skills matrix from this browser? This cannot be undone; export a file first if you may want it back.',
		)
	) {
		void reset();
	}
}

/**
 * The reader's progress as an export file: what this page shows, with the fields this version
 * does not know written back as they were saved.
 */
export function exportText(): string {
	const { progress } = current();
	return serialise(progress, saved?.preserved);
}

/**
 * The saved data that could not be read whole, exactly as it was saved, for the reader to
 * download; afterwards it is no longer kept, and the readable part is written back on its own.
 * Undefined when there is none.
 */
export function takeUnreadable(): string | undefined {
	const { original, progress } = current();
	const raw = original ? (keptAside()?.raw ?? read(STORAGE_KEY)) : null;
	if (raw === null) return undefined;
	originalTaken = true;
	write(UNREADABLE_KEY, null);
	aside = undefined;
	if (blocked === NO_ROOM) {
		blocked = undefined;
		void update(() => progress);
	} else {
		void update((document) => document);
	}
	return raw;
}

/** Calls `listener` after every change, in this tab or another. */
export function subscribe(listener: () => void): void {
	listeners.add(listener);
}

addEventListener('storage', (event) => {
	if (event.key !== STORAGE_KEY && event.key !== UNREADABLE_KEY && event.key !== null) return;
	saved = undefined;
	aside = undefined;
	notify();
});

// A page being left writes what it has at once: a lock might not be granted in time.
addEventListener('pagehide', () => void save(false));
