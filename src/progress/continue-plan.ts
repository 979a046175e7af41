import type { Catalogue } from './catalogue';
import { continueLine } from './continue-entry';
import { current } from './storage';
import { whatNext } from './whats-next';

/**
 * `<atlas-progress-continue>`: the home page's "Continue your plan". It stays hidden unless this
 * browser has saved progress with a next step; only then does it fetch the catalogue of pathways
 * (the address is on the element) and show the pathway in progress, its next step and, with
 * dates, when. Anything that fails (offline, say) leaves it hidden: the page reads as it would.
 */
class ContinuePlan extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const { progress } = current();
		if (progress.plan.length === 0 && Object.keys(progress.entries).length === 0) return;
		try {
			const response = await fetch(this.dataset['catalogue'] ?? '');
			// The catalogue is this site's own, written at build time by `progress/catalogue.json.ts`.
			const next = whatNext(progress, (await response.json()) as Catalogue);
			if (!next) return;
			this.querySelector('[data-line]')?.replaceChildren(...continueLine(next));
			this.hidden = false;
		} catch {
			this.hidden = true;
		}
	}
}

customElements.define('atlas-progress-continue', ContinuePlan);
