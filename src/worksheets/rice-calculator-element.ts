import {
	formatEffort,
	formatScore,
	rankFeatures,
	RICE_FIELDS,
	type RiceField,
	scoreFeature,
	type ScoredFeature,
} from './rice';
import { h } from '../lib/dom';

/**
 * `<atlas-worksheet-rice>`: feature forms cloned from a server-rendered template, scored and
 * ranked on every keystroke. A field is flagged only once its feature has something in it, so an
 * untouched form shows no errors; a flagged feature stays out of the ranking until it is fixed.
 */
class RiceCalculator extends HTMLElement {
	private next = 1;

	connectedCallback(): void {
		const calculator = this.querySelector<HTMLTemplateElement>('template[data-calculator]');
		const feature = this.querySelector<HTMLTemplateElement>('template[data-feature]');
		if (!calculator || !feature) return;
		this.replaceChildren(calculator.content.cloneNode(true));
		const list = this.querySelector('[data-features]');
		const add = this.querySelector<HTMLButtonElement>('[data-add]');
		const addFeature = () => {
			list?.insertAdjacentHTML('beforeend', feature.innerHTML.replaceAll('{n}', String(this.next)));
			this.next += 1;
			this.render();
		};
		add?.addEventListener('click', () => {
			addFeature();
			list?.querySelector<HTMLInputElement>('fieldset:last-child [data-field="name"]')?.focus();
		});
		this.addEventListener('input', () => this.render());
		this.addEventListener('click', (event) => {
			const remove = event.target instanceof Element && event.target.closest('[data-remove]');
			if (!remove) return;
			remove.closest('fieldset')?.remove();
			this.render();
			add?.focus();
		});
		addFeature();
		addFeature();
	}

	/** Re-scores every feature, flags bad fields and redraws the ranking. */
	private render(): void {
		const scored: { index: number; feature: ScoredFeature }[] = [];
		const pending: string[] = [];
		const forms = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.atlas-rice-feature')];
		const title = (index: number) => {
			const name = forms[index]
				?.querySelector<HTMLInputElement>('[data-field="name"]')
				?.value.trim();
			return name || `Feature ${index + 1}`;
		};
		forms.forEach((form, index) => {
			const value = (field: RiceField) =>
				form.querySelector<HTMLInputElement>(`[data-field="${field}"]`)?.value ?? '';
			const started = RICE_FIELDS.some((field) => value(field).trim() !== '');
			const result = scoreFeature(value);
			const problems = Array.isArray(result) && started ? result : [];
			for (const field of RICE_FIELDS) {
				const message = problems.find((problem) => problem.field === field)?.message ?? '';
				const error = form.querySelector(`[data-error="${field}"]`);
				if (error) error.textContent = message;
				form
					.querySelector(`[data-field="${field}"]`)
					?.setAttribute('aria-invalid', String(message !== ''));
			}
			const legend = form.querySelector('legend');
			if (legend) legend.textContent = `Feature ${index + 1}`;
			const removeTitle = form.querySelector('[data-title]');
			if (removeTitle) removeTitle.textContent = title(index);
			if (!Array.isArray(result)) scored.push({ index, feature: result });
			else if (started) pending.push(title(index));
		});
		const ranking = rankFeatures(scored).map((row) =>
			h(
				'tr',
				{},
				h('td', {}, String(row.rankAfter)),
				h('th', { scope: 'row' }, title(row.index)),
				h('td', {}, formatScore(row.after)),
				h('td', {}, `${formatScore(row.before)} (${row.rankBefore})`),
				h('td', {}, formatEffort(row.totalEffort)),
			),
		);
		this.querySelector('[data-ranking]')?.replaceChildren(
			...(ranking.length > 0
				? ranking
				: [h('tr', {}, h('td', { colspan: '5' }, 'Fill in a feature to see it ranked.'))]),
		);
		const note = this.querySelector('[data-pending]');
		if (note) {
			note.textContent =
				pending.length > 0
					? `Not ranked until the flagged fields are fixed: ${pending.join(', ')}.`
					: '';
		}
	}
}

customElements.define('atlas-worksheet-rice', RiceCalculator);
