import { type Theme, loadTheme, parseTheme, resolveTheme, storeTheme } from './theme';

/** localStorage, behind a getter: a browser that blocks storage throws on the very access. */
const storage = () => localStorage;
const systemLight = matchMedia('(prefers-color-scheme: light)');
let chosen: Theme = loadTheme(storage);

/**
 * Shows a choice on every picker and on the page, and saves it. Saving may fail (blocked or full
 * storage); the choice then holds until the reader leaves the page.
 */
function choose(theme: Theme): void {
	chosen = theme;
	StarlightThemeProvider.updatePickers(theme);
	document.documentElement.dataset['theme'] = resolveTheme(theme, systemLight.matches);
	storeTheme(storage, theme);
}

systemLight.addEventListener('change', () => {
	if (chosen === 'auto') choose('auto');
});

/** `<starlight-theme-select>`, replacing Starlight's: the picker in the header and the phone menu. */
class ThemeSelect extends HTMLElement {
	constructor() {
		super();
		choose(chosen);
		this.querySelector('select')?.addEventListener('change', (event) => {
			if (event.currentTarget instanceof HTMLSelectElement) {
				choose(parseTheme(event.currentTarget.value));
			}
		});
	}
}

customElements.define('starlight-theme-select', ThemeSelect);
