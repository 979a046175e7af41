import { h } from '../lib/dom';
import type { PanelData } from './catalogue';
import { createChoice, saveChosen, setChoice } from './choice';
import { datesSection } from './dates-ui';
import { evidenceBlock } from './evidence-ui';
import { knownSection } from './known-ui';
import { addToMyPlan, isInMyPlan, removeFromMyPlan } from './my-plan';
import { planButtonText, planStatusText } from './plan';
import type { Progress } from './schema';
import { current, subscribe } from './storage';
import { tally } from './summary';
import { find, partsOf } from './template';
import { meter } from './widgets';
import { showProblem } from './notice';

/** A step with its radio group and its list item. */
interface Item {
	key: string;
	choice: HTMLFieldSetElement;
	step: HTMLElement | null;
}

/**
 * `<atlas-progress-panel>`: progress on a pathway page. A radio group on every step, a tally per
 * stage and overall, "Add to my plan", the reader's dates (each stage's dates shown in the
 * stage), skip what you already know, and the evidence form on each step that asks for evidence.
 * The stages and steps come from the JSON `ProgressPanel.astro` embeds; each step's list item is
 * found by its anchor.
 */
class ProgressPanel extends HTMLElement {
	connectedCallback(): void {
		const pathway = this.dataset['pathway'] ?? '';
		const template = (name: string) => find<HTMLTemplateElement>(this, `template[data-${name}]`);
		const choiceTemplate = template('state-choice');
		// The JSON is the panel's data, written at build time by ProgressPanel.astro.
		const data = JSON.parse(find(this, 'script').textContent ?? '') as PanelData;
		this.append(template('panel').content.cloneNode(true));
		const part = partsOf(this);
		const items: Item[] = [];
		const stages: { line: HTMLElement; keys: string[] }[] = [];
		const renderers: ((progress: Progress) => void)[] = [];
		const dateLines = new Map<string, HTMLElement>();
		for (const stage of data.pathway.stages) {
			const block = document.getElementById(`stage-${stage.id}`);
			const line = h('p', { class: 'atlas-stage-progress' });
			const dates = h('p', { class: 'atlas-stage-dates' });
			block?.querySelector('.atlas-duration')?.after(line, dates);
			block?.addEventListener('change', saveChosen);
			dateLines.set(stage.id, dates);
			stages.push({ line, keys: stage.steps.map((step) => step.key) });
			for (const { key, title, evidence } of stage.steps) {
				const step = document.getElementById(`step-${key.slice(pathway.length + 1)}`);
				const choice = createChoice(choiceTemplate, key, `Progress on: ${title}`);
				step?.append(choice);
				items.push({ key, choice, step });
				if (!evidence) continue;
				const record = evidenceBlock(template('evidence-template'), key, title);
				step?.append(record.element);
				renderers.push(record.render);
			}
		}
		const dates = datesSection(template('dates-template'), data.pathway, dateLines);
		part('dates').append(dates.element);
		renderers.push(dates.render, knownSection(part('known'), data));

		const planButton = part('plan');
		planButton.addEventListener('click', () => {
			const planned = isInMyPlan(pathway);
			(planned ? removeFromMyPlan : addToMyPlan)(pathway);
			part('plan-status').textContent = planStatusText(!planned);
		});
		const render = () => {
			const { progress } = current();
			showProblem(part('problem'));
			for (const { key, choice, step } of items) {
				const state = progress.entries[key]?.state;
				setChoice(choice, state);
				if (step) step.dataset['progress'] = state ?? 'not-started';
			}
			for (const { line, keys } of stages)
				line.replaceChildren(meter(tally(progress.entries, keys)));
			part('overall').replaceChildren(
				meter(
					tally(
						progress.entries,
						items.map((item) => item.key),
					),
				),
			);
			planButton.textContent = planButtonText(isInMyPlan(pathway));
			for (const renderer of renderers) renderer(progress);
		};
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-panel', ProgressPanel);
