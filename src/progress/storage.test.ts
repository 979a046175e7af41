import { beforeEach, describe, expect, test, vi } from 'vitest';
import { STORAGE_KEY } from './model';
import { emptyProgress, serialise, withPlanned, withState } from './store';
import { fullProgress } from '../../tests/fixtures/progress';

/**
 * The browser half of the store in one tab, over an in-memory localStorage that can be told to
 * refuse writes (full) or reads (blocked). Node has Web Locks, so the locking path runs as in a
 * browser. Two tabs racing are tested in Chromium (`tests/e2e/progress-race.spec.ts`).
 */

/** A localStorage of a given size in characters, as browsers count their quota. */
class FakeStorage {
	readonly items = new Map<string, string>();
	quota = Infinity;
	blocked = false;

	getItem(key: string): string | null {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		const others = [...this.items].filter(([k]) => k !== key);
		const used = others.reduce((sum, [k, v]) => sum + k.length + v.length, 0);
		if (used + key.length + value.length > this.quota) {
			throw new DOMException('full', 'QuotaExceededError');
		}
		this.items.set(key, value);
	}

	removeItem(key: string): void {
		if (this.blocked) throw new DOMException('blocked', 'SecurityError');
		this.items.delete(key);
	}
}

/**
 * Web Locks for one test: each test's pages start with no lock held, as a fresh browser would
 * (Node's own lock manager would keep the locks of earlier tests' pages).
 */
class FakeLocks {
	readonly held = new Set<string>();
	private readonly tails = new Map<string, Promise<unknown>>();

	request<T>(name: string, callback: () => T | Promise<T>): Promise<T> {
		const previous = this.tails.get(name) ?? Promise.resolve();
		const result = previous.then(async () => {
			this.held.add(name);
			try {
				return await callback();
			} finally {
				this.held.delete(name);
			}
		});
		this.tails.set(
			name,
			result.catch(() => undefined),
		);
		return result;
	}

	async query() {
		return { held: [...this.held].map((name) => ({ name })), pending: [] };
	}
}

let storage: FakeStorage;

/** A fresh page: a fresh copy of the module over the storage as it is now. */
async function openPage() {
	vi.resetModules();
	return import('./storage');
}

beforeEach(() => {
	storage = new FakeStorage();
	vi.stubGlobal('localStorage', storage);
	vi.stubGlobal('navigator', { locks: new FakeLocks() });
	vi.stubGlobal('addEventListener', () => undefined);
	vi.stubGlobal('confirm', () => true);
});

const DAMAGED = JSON.stringify({
	...fullProgress(),
	entries: { ...fullProgress().entries, 'swe-to-mle/bad': { state: 'finished', updated: 1 } },
});

describe('saved data that cannot be read whole', () => {
	test('is shown before any change, and not touched by being read', async () => {
		storage.items.set(STORAGE_KEY, DAMAGED);
		const page = await openPage();
		const { problem, original, progress } = page.current();
		expect(problem).toMatch(/^Part of your saved progress could not be read: entries › /);
		expect(original).toBe(true);
		expect(progress.entries).toEqual(fullProgress().entries);
		expect(storage.items.get(STORAGE_KEY)).toBe(DAMAGED);
		expect(storage.items.get(page.UNREADABLE_KEY)).toBeUndefined();
	});

	test('the first change keeps the original aside, and the notice stays until it is downloaded', async () => {
		storage.items.set(STORAGE_KEY, DAMAGED);
		const page = await openPage();
		expect(await page.update((p) => withPlanned(p, 'new-pathway'))).toBe(true);
		expect(storage.items.get(page.UNREADABLE_KEY)).toBe(DAMAGED);
		expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '').plan).toContain('new-pathway');
		expect(page.current().problem).toMatch(/could not be read earlier \(entries › /);
		expect(page.current().original).toBe(true);

		const again = await openPage();
		expect(again.current().problem).toMatch(/could not be read earlier/);
		expect(again.takeUnreadable()).toBe(DAMAGED);
		expect(storage.items.get(again.UNREADABLE_KEY)).toBeUndefined();
		expect(again.current()).toMatchObject({ problem: undefined, original: false });
	});

	test('downloading the original before any change writes the readable part back', async () => {
		storage.items.set(STORAGE_KEY, DAMAGED);
		const page = await openPage();
		expect(page.takeUnreadable()).toBe(DAMAGED);
		await vi.waitFor(() => expect(storage.items.get(STORAGE_KEY)).not.toBe(DAMAGED));
		expect(storage.items.get(page.UNREADABLE_KEY)).toBeUndefined();
		expect(page.current()).toMatchObject({ problem: undefined, original: false });
	});

	test('without room to keep the original, nothing is written over it, and the page says so', async () => {
		storage.items.set(STORAGE_KEY, DAMAGED);
		storage.quota = DAMAGED.length * 1.5;
		const page = await openPage();
		expect(await page.update((p) => withState(p, 'swe-to-mle/x', 'done', 1))).toBe(false);
		expect(storage.items.get(STORAGE_KEY)).toBe(DAMAGED);
		expect(page.current().problem).toMatch(/no room in this browser to keep a copy/);
		expect(page.current().progress.entries['swe-to-mle/x']?.state).toBe('done');
		expect(page.takeUnreadable()).toBe(DAMAGED);
		await vi.waitFor(() =>
			expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}').entries).toHaveProperty(
				'swe-to-mle/x',
			),
		);
	});

	test('a reset deletes the document and the original kept aside', async () => {
		storage.items.set(STORAGE_KEY, DAMAGED);
		const page = await openPage();
		await page.update((p) => p);
		expect(await page.reset()).toBe(true);
		expect([...storage.items.keys()]).toEqual([]);
		expect(page.current()).toEqual({
			progress: emptyProgress(),
			problem: undefined,
			original: false,
		});
	});
});

describe('writes', () => {
	test('fields a newer version saved are written back with every change', async () => {
		const newer = { ...fullProgress(), version: 3, notes: { a: 'b' } };
		storage.items.set(STORAGE_KEY, JSON.stringify(newer));
		const page = await openPage();
		expect(page.current().problem).toMatch(/newer version of this site \(format 3\)/);
		await page.update((p) => withState(p, 'swe-to-mle/x', 'done', 1));
		const written = JSON.parse(storage.items.get(STORAGE_KEY) ?? '');
		expect(written).toMatchObject({ version: 3, notes: { a: 'b' } });
		expect(storage.items.get(page.UNREADABLE_KEY)).toBeUndefined();
		expect(page.exportText()).toBe(storage.items.get(STORAGE_KEY));
	});

	test('apply to the latest saved document, not to the copy the page read first', async () => {
		const page = await openPage();
		expect(page.current().progress).toEqual(emptyProgress());
		storage.items.set(STORAGE_KEY, serialise(withState(emptyProgress(), 'p/other-tab', 'done', 1)));
		await page.update((p) => withState(p, 'p/this-tab', 'done', 2));
		const written = JSON.parse(storage.items.get(STORAGE_KEY) ?? '');
		expect(Object.keys(written.entries)).toEqual(['p/other-tab', 'p/this-tab']);
	});

	test('show at once, before they are written', async () => {
		const page = await openPage();
		const saving = page.update((p) => withPlanned(p, 'soon'));
		expect(page.current().progress.plan).toEqual(['soon']);
		expect(storage.items.get(STORAGE_KEY)).toBeUndefined();
		await saving;
		expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '').plan).toEqual(['soon']);
	});

	test('say when storage refuses them, and last until the page is left', async () => {
		const page = await openPage();
		storage.quota = 10;
		expect(await page.update((p) => withPlanned(p, 'a'))).toBe(false);
		expect(await page.update((p) => withPlanned(p, 'b'))).toBe(false);
		expect(page.current().progress.plan).toEqual(['a', 'b']);
		expect(page.current().problem).toMatch(/not letting the site save/);
	});

	test('blocked storage is said at once, and nothing throws', async () => {
		storage.blocked = true;
		const page = await openPage();
		expect(page.current().problem).toMatch(/not letting the site save/);
		expect(await page.update((p) => withPlanned(p, 'a'))).toBe(false);
		expect(page.current().progress.plan).toEqual(['a']);
	});
});
