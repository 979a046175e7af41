import { expect, test } from '@playwright/test';
import { collectionSections } from '../../src/atlas/site-sections';
import { sitemapPaths } from './sitemap';

/**
 * Keyboard access on one page of each kind (the first of each in the sitemap): pressing Tab
 * reaches every interactive control the page shows, and each shows a visible focus indicator.
 */
const paths = sitemapPaths();
/** The pages that list a collection; any other top-level page (the role finder) is its own kind. */
const indexes = collectionSections().map((section) => section.path);
const kindOf = (path: string) => {
	if (path === '/') return 'home';
	const section = /^\/[^/]+\//.exec(path)?.[0] ?? path;
	if (section !== path) return `${section}*`;
	return indexes.includes(path) ? 'index' : path;
};
const kinds = new Map<string, string>();
for (const path of paths) if (!kinds.has(kindOf(path))) kinds.set(kindOf(path), path);

/** What the browser reports about the element that has focus after a Tab. */
interface Focused {
	key: string;
	outline: string;
	boxShadow: string;
}

/** Controls Tab should reach: visible, enabled, not taken out of the tab order. */
const FOCUSABLE = [
	'a[href]',
	'button:not([disabled])',
	'input:not([disabled]):not([type="hidden"])',
	'select:not([disabled])',
	'textarea:not([disabled])',
	'summary',
	'[tabindex]:not([tabindex="-1"])',
].join(', ');

for (const [kind, path] of kinds) {
	for (const viewport of [
		{ name: 'wide', width: 1280, height: 900 },
		{ name: 'narrow', width: 375, height: 800 },
	]) {
		test(`${path} (${kind}, ${viewport.name}): Tab reaches every control, focus always visible`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			// Label every control a reader can see, in document order. Of a group of radios, Tab
			// stops on one; arrow keys move within the group.
			const expected = await page.evaluate((selector) => {
				const seenRadioGroups = new Set<string>();
				// Rendered and shown: not in a closed <details>, a hidden menu or an inert region.
				const visible = (element: Element) =>
					element.checkVisibility({ visibilityProperty: true }) &&
					!element.closest('[inert], [aria-hidden="true"]');
				return [...document.querySelectorAll<HTMLElement>(selector)]
					.filter((element) => visible(element) && element.tabIndex >= 0)
					.filter((element) => {
						if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
						const group = `${element.form?.id ?? ''}/${element.name}`;
						if (seenRadioGroups.has(group)) return false;
						seenRadioGroups.add(group);
						return true;
					})
					.map((element, index) => {
						const key =
							element instanceof HTMLInputElement && element.type === 'radio'
								? `radio:${element.name}`
								: `control-${index}`;
						element.dataset['keyboardKey'] = key;
						return key;
					});
			}, FOCUSABLE);
			expect(expected.length).toBeGreaterThan(3);

			const reached: Focused[] = [];
			for (let press = 0; press < expected.length + 10; press += 1) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const element = document.activeElement;
					if (!(element instanceof HTMLElement) || element === document.body) return undefined;
					const key =
						element instanceof HTMLInputElement && element.type === 'radio'
							? `radio:${element.name}`
							: (element.dataset['keyboardKey'] ?? `unlabelled ${element.outerHTML.slice(0, 80)}`);
					const style = getComputedStyle(element);
					return {
						key,
						outline:
							style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
								? 'none'
								: `${style.outlineStyle} ${style.outlineWidth}`,
						boxShadow: style.boxShadow,
					};
				});
				if (focused) reached.push(focused);
			}

			const reachedKeys = new Set(reached.map((focus) => focus.key));
			expect(expected.filter((key) => !reachedKeys.has(key))).toEqual([]);
			const invisible = reached.filter(
				(focus) => focus.outline === 'none' && focus.boxShadow === 'none',
			);
			expect(invisible.map((focus) => focus.key)).toEqual([]);
		});
	}
}
