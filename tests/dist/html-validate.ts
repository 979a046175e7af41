import type { ConfigData } from 'html-validate';

/**
 * html-validate's recommended rules for the built pages, minus the few that only Starlight's own
 * markup or a matter of taste breaks. Each rule turned off says why; everything else, including
 * every rule about content models, ARIA, ids, labels and deprecated markup, stays on.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements self-closed (`<meta />`); both forms are valid HTML.
		'void-style': 'off',
		// Starlight's search, menu and dialog buttons sit outside any form, where a button without
		// `type` does nothing on its own; the rule guards against accidental form submission.
		'no-implicit-button-type': 'off',
		// Starlight sets the search dialog's size and its icons' `--sl-icon-size` inline.
		'no-inline-style': 'off',
		// Only HTML's own rule for ids (unique, no spaces): Starlight's `#_top` and heading slugs
		// that start with a year ("2022-to-now…") are valid HTML but break the stricter style check.
		'valid-id': ['error', { relaxed: true }],
		// Starlight renders its table of contents twice, for narrow and wide screens, both named
		// "On this page"; CSS shows exactly one of the two at any width.
		'unique-landmark': 'off',
		// Controls that share a name are valid HTML and how a form sends a list: the recommender's
		// interest checkboxes share "interests", and its skill ratings are selects sharing "skills".
		// The rule only lets radios, checkboxes and buttons share a name, never selects.
		'form-dup-name': 'off',
		// A title is the page's headline plus the site name; some headlines from the content run
		// past the 70 characters search results show, which truncates the display, not the page.
		'long-title': 'off',
		// Scrollable tables sit in a focusable `div role="region"` named by the table's caption, the
		// WAI-ARIA pattern for scrollable regions; a `section` would be equivalent, not more valid.
		'prefer-native-element': ['error', { exclude: ['region'] }],
	},
};
