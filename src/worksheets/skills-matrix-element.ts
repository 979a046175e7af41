import { MAX_SKILLS } from '../progress/model';
import { withMatrix } from '../progress/store';
import {
	columnTotals,
	editedRows,
	type MatrixEdit,
	matrixCsv,
	type MatrixRole,
	type MatrixSkill,
	recommenderHref,
	scoreOf,
	topFits,
	visibleCards,
} from './skills-matrix';
import { download } from '../lib/dom';
import { current, subscribe, update } from '../progress/storage';

/**
 * `<atlas-worksheet-matrix>`: the skills matrix, one card per skill. Cards are cloned from a
 * server-rendered template; roles and skills are read from the totals table and the options, so
 * the element keeps no list of its own. Cards after the last one in use stay hidden but one, and
 * a card never hides once shown, so nothing disappears under the reader's cursor. Every change is
 * saved with progress and re-rendered in every tab.
 */
class SkillsMatrix extends HTMLElement {
	connectedCallback(): void {
		const matrix = this.querySelector<HTMLTemplateElement>('template[data-matrix]');
		const row = this.querySelector<HTMLTemplateElement>('template[data-row]');
		if (!matrix || !row) return;
		this.replaceChildren(matrix.content.cloneNode(true));
		const cards = this.querySelector('[data-rows]');
		for (let n = 1; n <= MAX_SKILLS; n += 1) {
			cards?.insertAdjacentHTML('beforeend', row.innerHTML.replaceAll('{n}', String(n)));
		}
		const roles: MatrixRole[] = [...this.querySelectorAll<HTMLElement>('th[data-role]')].map(
			(cell) => ({ id: cell.dataset['role'] ?? '', title: cell.textContent.trim() }),
		);
		const skills: MatrixSkill[] = [
			...(this.querySelector<HTMLSelectElement>('[data-skill]')?.options ?? []),
		]
			.filter((option) => option.value !== '')
			.map((option) => ({ id: option.value, title: option.text }));
		const rows = [...this.querySelectorAll('fieldset')].map((card) => ({
			card,
			name: card.querySelector<HTMLInputElement>('[data-name]'),
			skill: card.querySelector<HTMLSelectElement>('[data-skill]'),
			scores: [...card.querySelectorAll<HTMLSelectElement>('[data-score]')],
		}));
		let shown = 0;

		/** The one cell a control stands for, with the value the reader gave it. */
		const editOf = (target: EventTarget | null): MatrixEdit | undefined => {
			const row = rows.findIndex(
				(controls) =>
					controls.name === target ||
					controls.skill === target ||
					controls.scores.some((select) => select === target),
			);
			if (row < 0 || !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement))
				return undefined;
			const role = target.dataset['score'];
			if (role !== undefined) return { row, role, score: Number(target.value) };
			return 'skill' in target.dataset ? { row, skill: target.value } : { row, name: target.value };
		};
		const saved = () => current().progress.worksheets.skillsMatrix?.rows ?? [];
		const set = (control: HTMLInputElement | HTMLSelectElement | null, value: string) => {
			if (control && control.value !== value) control.value = value;
		};
		const render = () => {
			const data = saved();
			shown = Math.max(shown, visibleCards(data));
			rows.forEach(({ card, name, skill, scores }, index) => {
				card.hidden = index >= shown;
				const values = data[index];
				set(name, values?.name ?? '');
				set(skill, values?.skill ?? '');
				for (const select of scores) {
					set(select, String(values ? scoreOf(values, select.dataset['score'] ?? '') : 0));
				}
			});
			const totals = columnTotals(data, roles);
			for (const { role, total } of totals) {
				const cell = this.querySelector(`[data-total="${role.id}"]`);
				if (cell) cell.textContent = String(total);
			}
			const fits = topFits(totals);
			const fitsLine = this.querySelector('[data-fits]');
			if (fitsLine) {
				fitsLine.textContent =
					fits.length > 0
						? `Your strongest fits: ${fits.map(({ role, total }) => `${role.title} (${total})`).join(', ')}.`
						: 'Score some cells to see your strongest fits.';
			}
			const send = this.querySelector<HTMLAnchorElement>('[data-send]');
			const note = this.querySelector('[data-send-note]');
			if (send && note) {
				send.href = recommenderHref(send.pathname, data, skills);
				note.textContent = send.hash
					? 'The role finder gets each mapped skill as Strong (3), the top of its scale, since these are your strongest skills; change any rating there. It asks for your background before it ranks.'
					: 'To send your skills, choose the closest skill in the atlas for at least one row; only those go to the role finder.';
			}
		};
		this.addEventListener('input', (event) => {
			const edit = editOf(event.target);
			const now = Date.now();
			if (edit) {
				void update((progress) => {
					const edited = editedRows(progress.worksheets.skillsMatrix?.rows ?? [], edit);
					return edited ? withMatrix(progress, edited, now) : progress;
				});
			}
		});
		this.querySelector('[data-csv]')?.addEventListener('click', () =>
			download(`\uFEFF${matrixCsv(saved(), roles, skills)}`, 'text/csv', 'skills-matrix.csv'),
		);
		subscribe(render);
		render();
	}
}

customElements.define('atlas-worksheet-matrix', SkillsMatrix);
