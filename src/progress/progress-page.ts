import { pluralise } from '../lib/format';
import type { Catalogue, CataloguePathway } from './catalogue';
import { PROGRESS_STATE_LABELS } from './model';
import type { Progress } from './schema';
import { describeContents, merge, readImport } from './import-file';
import { withoutPlanned, withPlannedEarlier } from './store';
import { isStarted, nextStep, tally } from './summary';
import { stepHref, whatNext } from './whats-next';
import { continueLine } from './continue-line';
import { h } from '../lib/dom';
import { meter } from './widgets';
import { downloadProgressFile, showProblem } from './notice';
import { confirmReset, current, exportText, subscribe, update } from './storage';

/** Larger files cannot be progress exported from this site; refuse them before reading. */
const MAX_IMPORT_BYTES = 1_000_000;

/** The embedded catalogue is written by `ProgressPage.astro` from the collections. */
function readCatalogue(element: HTMLElement): Catalogue {
	const parsed: unknown = JSON.parse(element.querySelector('script')?.textContent ?? '{}');
	const catalogue = parsed as Partial<Catalogue>;
	return { pathways: catalogue.pathways ?? [], exercises: catalogue.exercises ?? [] };
}

/** A pathway's tally, and its next step as a link into the pathway page. */
function pathwaySummary(progress: Progress, pathway: CataloguePathway): Node[] {
	const counts = tally(
		progress.entries,
		pathway.steps.map((step) => step.key),
	);
	const next = nextStep(progress.entries, pathway.steps);
	const anchor = next && stepHref(pathway, next);
	return [
		h('a', { href: pathway.href, class: 'atlas-progress-title' }, pathway.title),
		meter(counts),
		h(
			'p',
			{},
			...(next && anchor
				? ['Next step: ', h('a', { href: anchor }, next.title)]
				: ['Every step is done or skipped.']),
		),
	];
}

/**
 * `<atlas-progress-page>`: what to do next, the reader's plan in order with each pathway's next
 * step, everything started with progress bars, and export, import (checked before anything
 * changes) and reset.
 */
class ProgressPage extends HTMLElement {
	connectedCallback(): void {
		const catalogue = readCatalogue(this);
		const part = <T extends HTMLElement = HTMLElement>(selector: string) =>
			this.querySelector<T>(`[data-${selector}]`);
		// Browsers that cannot tell CSS whether script runs show the note: remove it.
		part('noscript')?.remove();
		const message = part('import-message');
		const say = (text: string, error = false) => {
			if (!message) return;
			message.textContent = text;
			message.classList.toggle('atlas-error', error);
		};

		part('export')?.addEventListener('click', () => {
			const name = downloadProgressFile(exportText());
			const message = part('export-message');
			if (message)
				message.textContent = `Downloaded ${name}, with ${describeContents(current().progress)}, to the folder your browser saves downloads in. Import it here or in another browser to restore everything; to read or keep a summary instead, print this page.`;
		});
		part('print')?.addEventListener('click', () => print());
		part('reset')?.addEventListener('click', confirmReset);
		const form = part<HTMLFormElement>('import');
		form?.addEventListener('submit', async (event) => {
			event.preventDefault();
			const file = form.querySelector('input[type=file]');
			const chosen = file instanceof HTMLInputElement ? file.files?.[0] : undefined;
			if (!chosen) return say('Choose a file to import first.', true);
			const result =
				chosen.size > MAX_IMPORT_BYTES
					? { ok: false as const, error: 'This file is too large to be a progress file.' }
					: readImport(await chosen.text());
			if (!result.ok) return say(`${result.error} Your progress has not been changed.`, true);
			const replace = new FormData(form).get('import-mode') === 'replace';
			const kept = await update((progress) =>
				replace ? result.progress : merge(progress, result.progress),
			);
			form.reset();
			const count = describeContents(result.progress);
			const how = replace
				? ', replacing the progress that was here'
				: ', merged with your progress';
			say(
				kept
					? `Imported ${count} from ${chosen.name}${how}.`
					: `Read ${count} from ${chosen.name}${how}, but this browser is not letting the site save them (storage is blocked or full): they last only until you leave the page.`,
				!kept,
			);
		});

		const planList = part('list="plan"');
		planList?.addEventListener('click', (event) => {
			const button = event.target instanceof Element ? event.target.closest('button') : null;
			const { action, id } = button?.dataset ?? {};
			if (!action || !id) return;
			update((progress) =>
				action === 'up' ? withPlannedEarlier(progress, id) : withoutPlanned(progress, id),
			);
			const again = (name: string) =>
				planList.querySelector<HTMLElement>(`button[data-action="${name}"][data-id="${id}"]`);
			(again(action) ?? again('remove') ?? this.querySelector<HTMLElement>('#my-plan'))?.focus();
		});

		const fill = (name: string, items: Node[]) => {
			part(`list="${name}"`)?.replaceChildren(...items);
			const empty = part(`empty="${name}"`);
			if (empty) empty.hidden = items.length > 0;
		};
		const render = () => {
			const { progress } = current();
			const problemBox = part('problem');
			if (problemBox) showProblem(problemBox);
			const next = whatNext(progress, catalogue);
			const nextBox = part('next');
			if (nextBox) nextBox.hidden = !next;
			part('next-line')?.replaceChildren(...(next ? continueLine(next) : []));
			fill(
				'plan',
				progress.plan.map((id, index) => {
					const pathway = catalogue.pathways.find((p) => p.id === id);
					const label = pathway?.title ?? id;
					const button = (action: string, text: string) =>
						h(
							'button',
							{
								type: 'button',
								class: 'atlas-button',
								'aria-label': `${text}: ${label}`,
								'data-action': action,
								'data-id': id,
							},
							text,
						);
					return h(
						'li',
						{},
						...(pathway
							? pathwaySummary(progress, pathway)
							: [h('p', {}, `A pathway no longer on the site (${id}).`)]),
						h(
							'p',
							{ class: 'atlas-progress-actions' },
							...(index > 0 ? [button('up', 'Move up'), ' '] : []),
							button('remove', 'Remove from plan'),
						),
					);
				}),
			);
			fill(
				'pathways',
				catalogue.pathways
					.filter((pathway) =>
						isStarted(
							tally(
								progress.entries,
								pathway.steps.map((step) => step.key),
							),
						),
					)
					.map((pathway) => h('li', {}, ...pathwaySummary(progress, pathway))),
			);
			fill(
				'exercises',
				catalogue.exercises.flatMap((exercise) => {
					const state = progress.entries[exercise.key]?.state;
					return state
						? [
								h(
									'li',
									{},
									h('a', { href: exercise.href, class: 'atlas-progress-title' }, exercise.title),
									h('p', {}, PROGRESS_STATE_LABELS[state]),
								),
							]
						: [];
				}),
			);
			const known = new Set([
				...catalogue.pathways.flatMap((pathway) => pathway.steps.map((step) => step.key)),
				...catalogue.exercises.map((exercise) => exercise.key),
			]);
			const retired = Object.keys(progress.entries).filter((key) => !known.has(key)).length;
			const retiredNote = part('retired');
			if (retiredNote) {
				retiredNote.hidden = retired === 0;
				retiredNote.textContent = `${pluralise(retired, 'saved state belongs', 'saved states belong')} to steps or exercises no longer on the site. They are kept, and exported, but not counted.`;
			}
		};
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-page', ProgressPage);
