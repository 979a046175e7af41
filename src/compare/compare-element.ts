import { nextDirection, sortByKey } from './compare-sort';
import { parseRoleSelection, selectionNotice } from './role-selection';

/** The key a row sorts by in a column: the cell's `data-sort` where the text would mislead. */
const sortKey = (column: number) => (row: HTMLTableRowElement) => {
	const cell = row.cells[column];
	return cell?.dataset['sort'] ?? cell?.textContent.trim() ?? '';
};

/**
 * `<atlas-compare>`: the comparison page's island. It turns each column heading into a sort
 * button, ticks the picker's boxes for the roles in the address (`?roles=a,b`), and shows only
 * those roles' rows, dimming the others' bars on the chart. The page's layout is final before it
 * runs: the picker and the space for the sort marks are there from the start (see compare.css).
 */
class AtlasCompare extends HTMLElement {
	connectedCallback(): void {
		const body = this.querySelector('tbody');
		if (!body) return;
		const rows = [...body.rows];
		this.sortable(body, rows);
		const ids = rows.map((row) => row.dataset['role'] ?? '');
		const selection = parseRoleSelection(location.search, ids);
		this.pick(selection?.roles ?? []);
		if (!selection) return;
		const notice = selectionNotice(selection, ids.length);
		const note = this.querySelector<HTMLElement>('[data-note]');
		for (const [part, text] of Object.entries(notice)) {
			const line = note?.querySelector(`[data-${part}]`);
			if (line) line.textContent = text;
		}
		if (note) note.hidden = false;
		if (selection.roles.length === 0) return;
		for (const element of this.querySelectorAll<HTMLElement>('[data-role]')) {
			const id = element.dataset['role'] ?? '';
			element.toggleAttribute('data-unselected', !selection.roles.includes(id));
		}
	}

	/** Wraps each column heading in a button that sorts the rows, first order as the tie-break. */
	private sortable(body: HTMLTableSectionElement, rows: readonly HTMLTableRowElement[]): void {
		const headings = [...(body.parentElement?.querySelectorAll('thead th') ?? [])];
		headings.forEach((heading, column) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.append(...heading.childNodes);
			heading.append(button);
			button.addEventListener('click', () => {
				const direction = nextDirection(heading.getAttribute('aria-sort'));
				for (const other of headings) other.removeAttribute('aria-sort');
				heading.setAttribute('aria-sort', direction);
				body.append(...sortByKey(rows, sortKey(column), direction));
			});
		});
	}

	/** Ticks the picked roles and sends a new pick as one short address, `?roles=a,b`. */
	private pick(chosen: readonly string[]): void {
		const form = this.querySelector('form');
		const boxes = [...(form?.querySelectorAll('input') ?? [])];
		for (const box of boxes) box.checked = chosen.includes(box.value);
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			const picked = boxes.filter((box) => box.checked).map((box) => box.value);
			location.href = picked.length > 0 ? `?roles=${picked.join(',')}` : location.pathname;
		});
	}
}

customElements.define('atlas-compare', AtlasCompare);
