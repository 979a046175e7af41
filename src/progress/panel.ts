import { stepKey } from './model';
import { planButtonText, planStatusText } from './plan';
import { withState } from './store';
import { tally } from './summary';
import { chosen, createChoice, setChoice } from './choice';
import { addToMyPlan, isInMyPlan, removeFromMyPlan } from './my-plan';
import { current, subscribe, update } from './storage';
import { meter } from './widgets';
import { showProblem } from './notice';

/** A step or exercise with its radio group, and the step's list item on a pathway page. */
interface Item {
	key: string;
	choice: HTMLFieldSetElement;
	step?: HTMLElement;
}

/** A line showing a tally over some items: one per stage. */
interface Group {
	line: HTMLElement;
	keys: string[];
}

/**
 * `<atlas-progress-panel>`: progress controls for a pathway page (a radio group on every step,
 * a tally per stage and overall, "Add to my plan") or an exercise page (one radio group). Step ids
 * and titles come from the page itself (`data-stage-id`, `data-step-id`), so nothing is listed twice.
 */
class ProgressPanel extends HTMLElement {
	connectedCallback(): void {
		const { pathway, key } = this.dataset;
		const panel = this.querySelector<HTMLTemplateElement>('template[data-panel]');
		const choiceTemplate = this.querySelector<HTMLTemplateElement>('template[data-state-choice]');
		if (!panel || !choiceTemplate) return;
		this.append(panel.content.cloneNode(true));
		const part = (name: string) => this.querySelector<HTMLElement>(`[data-${name}]`);
		const items: Item[] = [];
		const groups: Group[] = [];
		if (pathway) {
			for (const stage of document.querySelectorAll<HTMLElement>('[data-stage-id]')) {
				const line = document.createElement('p');
				line.className = 'atlas-stage-progress';
				stage.querySelector('.atlas-duration')?.after(line);
				const keys: string[] = [];
				for (const step of stage.querySelectorAll<HTMLElement>('[data-step-id]')) {
					const key = stepKey(pathway, step.dataset['stepId'] ?? '');
					const title = step.querySelector('strong')?.textContent ?? '';
					const choice = createChoice(choiceTemplate, key, `Progress on: ${title}`);
					step.append(choice);
					items.push({ key, choice, step });
					keys.push(key);
				}
				stage.addEventListener('change', this.save);
				groups.push({ line, keys });
			}
		} else if (key) {
			const choice = createChoice(choiceTemplate, key, 'This exercise', 'atlas-state-legend');
			part('single')?.append(choice);
			choice.addEventListener('change', this.save);
			items.push({ key, choice });
		}
		const overall = part('overall');
		const planButton = part('plan');
		const planStatus = part('plan-status');
		planButton?.addEventListener('click', () => {
			const id = pathway ?? '';
			const planned = isInMyPlan(id);
			(planned ? removeFromMyPlan : addToMyPlan)(id);
			if (planStatus) planStatus.textContent = planStatusText(!planned);
		});
		const render = () => {
			const { progress } = current();
			const problemBox = part('problem');
			if (problemBox) showProblem(problemBox);
			for (const { key, choice, step } of items) {
				const state = progress.entries[key]?.state;
				setChoice(choice, state);
				if (step) step.dataset['progress'] = state ?? 'not-started';
			}
			for (const { line, keys } of groups)
				line.replaceChildren(meter(tally(progress.entries, keys)));
			const keys = items.map((item) => item.key);
			overall?.replaceChildren(meter(tally(progress.entries, keys)));
			if (planButton) planButton.textContent = planButtonText(isInMyPlan(pathway ?? ''));
		};
		subscribe(render);
		render();
	}

	/** Saves the state of whichever radio changed. */
	private save = (event: Event): void => {
		const change = chosen(event.target);
		if (change) update((progress) => withState(progress, change.key, change.state, Date.now()));
	};
}

customElements.define('atlas-progress-panel', ProgressPanel);
