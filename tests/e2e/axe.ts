import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, the level every page is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every axe violation on the page as it is now, one line each (rule and the elements it found):
 * WCAG 2.2 A and AA, plus "label in name", which axe files as experimental and so only runs when
 * asked by name (a default Starlight page fails it on the search button). One helper for every
 * spec, so the pages, the search dialog, the role finder and the progress states are all held to
 * the same rules.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const labelInName = await new AxeBuilder({ page })
		.withRules(['label-content-name-mismatch'])
		.analyze();
	return [...results.violations, ...labelInName.violations].map(
		(violation) =>
			`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
}
