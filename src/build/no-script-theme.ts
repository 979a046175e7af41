import postcss, { type PluginCreator } from 'postcss';
import type { Plugin } from 'vite';
import { THEME_SET_ATTRIBUTE } from '../theme/theme.ts';

/**
 * A PostCSS plugin that makes pages follow the system's light or dark setting when no script has
 * run. Starlight writes `data-theme="dark"` into every page and lets its theme script switch it,
 * so without script the site was always dark. For every rule that styles the light theme (a
 * `[data-theme='light']` selector, in Starlight's CSS, its components' or the site's), this adds a
 * copy just after it, in the same cascade layer, that applies under
 * `@media (prefers-color-scheme: light)` to a root the theme script has not marked
 * (`THEME_SET_ATTRIBUTE`). Once the script has run, the copies match nothing and the reader's
 * choice rules as before. Deriving the copies from the CSS itself means no colour is written twice.
 */

/** `[data-theme=light]`, with or without quotes, as Starlight and Astro's compiler write it. */
const LIGHT_THEME = /\[data-theme=(["']?)light\1\]/g;

/** Where a light-theme rule applies without script: the root, until the theme script marks it. */
const UNSET_ROOT = `:root:not([${THEME_SET_ATTRIBUTE}])`;

/** The media query the copies sit in. */
export const SYSTEM_LIGHT = '(prefers-color-scheme: light)';

/** The selector a light-theme rule's copy uses, or undefined when the rule is not about the light theme. */
export function unsetRootSelector(selector: string): string | undefined {
	const copied = selector.replace(LIGHT_THEME, UNSET_ROOT);
	return copied === selector ? undefined : copied;
}

/** The PostCSS plugin that adds the copies to one stylesheet. */
const copyLightRules: PluginCreator<void> = () => ({
	postcssPlugin: 'atlas-no-script-theme',
	Once(root, { AtRule }) {
		root.walkRules((rule) => {
			const selector = unsetRootSelector(rule.selector);
			if (selector === undefined) return;
			const media = new AtRule({ name: 'media', params: SYSTEM_LIGHT });
			media.append(rule.clone({ selector }));
			rule.after(media);
		});
	},
});
copyLightRules.postcss = true;

/** A request Vite compiles as CSS: a stylesheet, or an Astro component's `<style>`. */
const CSS_REQUEST = /\.css(?:$|\?)|[?&]lang\.css(?:$|&)/;

/**
 * The Vite plugin, for `vite.plugins` in astro.config.mjs. It reads only the stylesheets that
 * name the light theme, once Vite has compiled them. Given to Vite as a PostCSS plugin instead,
 * it would make Vite run PostCSS over every stylesheet of the site, which it otherwise skips.
 */
export function noScriptTheme(): Plugin {
	const processor = postcss([copyLightRules()]);
	return {
		name: 'atlas:no-script-theme',
		transform: {
			// A filter rather than a test in the handler: Rolldown then never calls into
			// JavaScript, or copies the code across, for the hundreds of modules that are not CSS.
			filter: { id: CSS_REQUEST },
			async handler(code, id) {
				if (!unsetRootSelector(code)) return undefined;
				const { css } = await processor.process(code, { from: id, map: false });
				return { code: css, map: null };
			},
		},
	};
}
