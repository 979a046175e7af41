import { createChoice, saveChosen, setChoice } from './choice';
import { evidenceBlock } from './evidence-ui';
import { current, subscribe } from './storage';
import { find } from './template';
import { showProblem } from './notice';

/**
 * `<atlas-progress-exercise>`: progress on an exercise page. One radio group for the exercise's
 * state and the evidence form for what the reader made. Kept apart from the pathway panel so an
 * exercise page loads none of the dates or skip-what-you-know code.
 */
class ExerciseProgress extends HTMLElement {
	connectedCallback(): void {
		const key = this.dataset['key'] ?? '';
		const template = (name: string) => find<HTMLTemplateElement>(this, `template[data-${name}]`);
		this.append(template('panel').content.cloneNode(true));
		const choice = createChoice(
			template('state-choice'),
			key,
			'This exercise',
			'atlas-state-legend',
		);
		choice.addEventListener('change', saveChosen);
		const record = evidenceBlock(template('evidence-template'), key, 'this exercise');
		find(this, '[data-single]').append(choice, record.element);
		const problemBox = find(this, '[data-problem]');
		const render = () => {
			const { progress } = current();
			showProblem(problemBox);
			setChoice(choice, progress.entries[key]?.state);
			record.render(progress);
		};
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-exercise', ExerciseProgress);
