import { pluralise } from '../lib/format';
import type { Catalogue, CataloguePathway } from './catalogue';
import { PROGRESS_STATE_LABELS } from './model';
import type { Progress } from './schema';
import { merge, readImport, serialise, withoutPlanned, withPlannedEarlier } from './store';
import { isStarted, nextStep, tally } from './summary';
import { stepsOf } from './whats-next';
import { download, h } from '../lib/dom';
import { meter, showProblem } from './widgets';
import { confirmReset, current, subscribe, update } from './storage';

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
	const steps = stepsOf(pathway);
	const counts = tally(
		progress.entries,
		steps.map((step) => step.key),
	);
	const next = nextStep(progress.entries, steps);
	const anchor = next && `${pathway.href}#step-${next.key.slice(pathway.id.length + 1)}`;
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
 * `<atlas-progress-page>`: the reader's plan in order with each pathway's next step, everything
 * started with progress bars, and export, import (checked before anything changes) and reset.
 */
class ProgressPage extends HTMLElement {
	connectedCallback(): void {
		const catalogue = readCatalogue(this);
		const part = <T extends HTMLElement = HTMLElement>(selector: string) =>
			this.querySelector<T>(`[data-${selector}]`);
		part('noscript')?.remove();
		const content = part('content');
		if (content) content.hidden = false;
		const message = part('import-message');
		const say = (text: string, error = false) => {
			if (!message) return;
			message.textContent = text;
			message.classList.toggle('atlas-error', error);
		};

		part('export')?.addEventListener('click', () => {
			const date = new Date().toISOString().slice(0, 10);
			download(
				serialise(current().progress),
				'application/json',
				`ai-career-atlas-progress-${date}.json`,
			);
		});
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
			update((progress) => (replace ? result.progress : merge(progress, result.progress)));
			form.reset();
			const count = Object.keys(result.progress.entries).length;
			say(
				`Imported ${pluralise(count, 'saved state')} from ${chosen.name}${replace ? ', replacing the progress that was here' : ', merged with your progress'}.`,
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
			const { progress, problem } = current();
			const problemBox = part('problem');
			if (problemBox) showProblem(problemBox, problem);
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
								stepsOf(pathway).map((step) => step.key),
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
				...catalogue.pathways.flatMap((pathway) => stepsOf(pathway).map((step) => step.key)),
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
