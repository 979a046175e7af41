import { describe, expect, test } from 'vitest';
import { THEME_KEY, loadTheme, parseTheme, resolveTheme, storeTheme } from './theme';

/** A localStorage stand-in: a plain map, or one whose every call throws what a browser throws. */
function storage(fails?: 'blocked' | 'full'): { get: () => Storage; values: Map<string, string> } {
	const values = new Map<string, string>();
	const store = {
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (fails === 'full')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			values.set(key, value);
		},
	} as Storage;
	return {
		values,
		get: () => {
			if (fails === 'blocked') throw new DOMException('Access is denied.', 'SecurityError');
			return store;
		},
	};
}

describe('parseTheme', () => {
	test('keeps dark and light, and reads anything else as auto', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('light')).toBe('light');
		for (const damaged of ['', '.1', 'Light', '"dark"', null, undefined, 3]) {
			expect(parseTheme(damaged)).toBe('auto');
		}
	});
});

describe('loadTheme', () => {
	test('reads the saved choice', () => {
		const saved = storage();
		saved.values.set(THEME_KEY, 'light');
		expect(loadTheme(saved.get)).toBe('light');
	});

	test('reads a damaged value as auto', () => {
		const saved = storage();
		saved.values.set(THEME_KEY, '.1');
		expect(loadTheme(saved.get)).toBe('auto');
	});

	test('is auto, without throwing, when the browser blocks storage', () => {
		expect(loadTheme(storage('blocked').get)).toBe('auto');
	});
});

describe('storeTheme', () => {
	test('saves a theme, and auto as an empty value, as Starlight does', () => {
		const saved = storage();
		expect(storeTheme(saved.get, 'dark')).toBe(true);
		expect(saved.values.get(THEME_KEY)).toBe('dark');
		expect(storeTheme(saved.get, 'auto')).toBe(true);
		expect(saved.values.get(THEME_KEY)).toBe('');
	});

	test('says it could not save, without throwing, when storage is full or blocked', () => {
		expect(storeTheme(storage('full').get, 'light')).toBe(false);
		expect(storeTheme(storage('blocked').get, 'light')).toBe(false);
	});
});

describe('resolveTheme', () => {
	test('follows the system for auto, and the choice otherwise', () => {
		expect(resolveTheme('auto', true)).toBe('light');
		expect(resolveTheme('auto', false)).toBe('dark');
		expect(resolveTheme('dark', true)).toBe('dark');
		expect(resolveTheme('light', false)).toBe('light');
	});
});
