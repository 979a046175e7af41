/**
 * The reader's colour theme: what Starlight keeps in localStorage, read and written so that a
 * damaged value, storage the browser blocks, or storage that is full never throws. Starlight's
 * own theme script throws in all three cases; this module and the overrides beside it replace it.
 * Browser-safe and free of imports; the no-script CSS (src/build/no-script-theme.ts) reads the
 * attribute name from here too.
 */

/** The reader's choice: a fixed theme, or `auto` to follow the system's setting. */
export type Theme = 'auto' | 'dark' | 'light';

/** The localStorage key Starlight uses, kept so a choice made before this override still holds. */
export const THEME_KEY = 'starlight-theme';

/**
 * The attribute the theme script puts on `<html>` once it has set `data-theme`. Until a script
 * has run, `data-theme` is the `dark` Starlight writes into every page, so the site's CSS follows
 * the system's setting wherever this attribute is missing.
 */
export const THEME_SET_ATTRIBUTE = 'data-theme-set';

/** A theme from any stored or chosen value; anything unknown (or damaged) means `auto`. */
export function parseTheme(value: unknown): Theme {
	return value === 'dark' || value === 'light' ? value : 'auto';
}

/**
 * The reader's saved choice, or `auto` when there is none or storage cannot be read (a browser
 * that blocks storage throws on the very access). `storage` is a getter for that reason.
 */
export function loadTheme(storage: () => Storage): Theme {
	try {
		return parseTheme(storage().getItem(THEME_KEY));
	} catch {
		return 'auto';
	}
}

/**
 * Saves a choice as Starlight does (`auto` as an empty value). Returns false when the browser
 * refuses (blocked or full storage): the theme still applies to the page, it is just not kept.
 */
export function storeTheme(storage: () => Storage, theme: Theme): boolean {
	try {
		storage().setItem(THEME_KEY, theme === 'auto' ? '' : theme);
		return true;
	} catch {
		return false;
	}
}

/** The theme a page shows for a choice: `auto` resolves to the system's setting. */
export function resolveTheme(theme: Theme, systemPrefersLight: boolean): 'dark' | 'light' {
	if (theme !== 'auto') return theme;
	return systemPrefersLight ? 'light' : 'dark';
}
