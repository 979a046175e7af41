import { isAnswerFragment, parseFragment, serialiseFragment } from './fragment';
import type { Model } from './model';
import { planStatusText } from '../progress/plan';
import { canRank, type Profile } from './profile';
import { announcement, answerNotes, buildResults } from './results';
import {
	addToMyPlan,
	isInMyPlan,
	myPlanProblem,
	onMyPlanChange,
	removeFromMyPlan,
} from '../progress/my-plan';
import { showProblem } from '../progress/notice';
import { h } from '../lib/dom';
import { renderResult, setPlanButton } from './render';
import { showFirmness } from './firmness-view';

/**
 * `<atlas-recommender>`: scores the form live. Answers go to the URL fragment (so results can be
 * bookmarked and shared, and nothing is sent anywhere) and a fragment with answers fills the form
 * on load. Form input goes through the same parser as links, so both are checked the same way.
 * A result's "Add to my plan" pins its pathway to the plan the progress page lists, through the
 * same store as the pathway pages, and every button follows changes made here or in other tabs.
 */
class AtlasRecommender extends HTMLElement {
	#model: Model | undefined;
	/** Interests in the order the reader ticked them: that order breaks ties, as in the seed. */
	#interests: string[] = [];
	#announced = '';

	connectedCallback(): void {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		const form = this.querySelector('form');
		if (!json || !form) return;
		// The JSON is the model this page was built with, serialised at build time.
		this.#model = JSON.parse(json) as Model;
		for (const element of this.querySelectorAll<HTMLElement>('[data-js]')) element.hidden = false;
		for (const button of form.querySelectorAll('button')) button.disabled = false;
		form.addEventListener('input', () => this.#fromForm(form));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#fromForm(form);
			this.querySelector<HTMLElement>('#your-results')?.focus();
		});
		form.addEventListener('reset', () => setTimeout(() => this.#fromForm(form)));
		this.querySelector('#recommendations')?.addEventListener('click', this.#togglePlan);
		// Saved data this page cannot read whole is shown before any "Add to my plan" changes it;
		// like the plan buttons (`atlas-plan`), the notice is left out of print.
		const notice = h('div', { class: 'atlas-notes atlas-plan', hidden: '' });
		this.querySelector('[role="status"]')?.before(notice);
		showProblem(notice);
		onMyPlanChange(() => {
			this.#showPlan();
			showProblem(notice);
		});
		window.addEventListener('hashchange', () => this.#fromHash(form));
		this.#fromHash(form);
	}

	/** Reads a fragment with answers into the form and the results; links to headings are left alone. */
	#fromHash(form: HTMLFormElement): void {
		if (!this.#model) return;
		const hash = window.location.hash;
		if (hash !== '' && !isAnswerFragment(hash)) return;
		const { profile, notes } = parseFragment(hash, this.#model);
		this.#interests = [...profile.interests];
		fill(form, profile);
		this.#render(profile, notes);
	}

	/** Reads the form, writes the answers to the fragment and re-ranks. */
	#fromForm(form: HTMLFormElement): void {
		if (!this.#model) return;
		const data = new FormData(form);
		const values = (name: string) =>
			data
				.getAll(name)
				.filter((value): value is string => typeof value === 'string' && value !== '');
		const ticked = values('interests');
		this.#interests = [
			...this.#interests.filter((id) => ticked.includes(id)),
			...ticked.filter((id) => !this.#interests.includes(id)),
		];
		const raw = new URLSearchParams();
		for (const [key, list] of [
			['background', values('background')],
			['interests', this.#interests],
			['years', values('years')],
			['skills', values('skills')],
			['goals', values('goals')],
			['travel', values('travel')],
			['pay', values('pay')],
		] as const) {
			if (list.length > 0) raw.set(key, list.join(','));
		}
		const { profile, notes } = parseFragment(raw.toString(), this.#model);
		const fragment = serialiseFragment(profile);
		history.replaceState(null, '', fragment ? `#${fragment}` : window.location.pathname);
		this.#render(profile, notes);
	}

	#render(profile: Profile, notes: readonly string[]): void {
		const model = this.#model;
		if (!model) return;
		const ranked = canRank(profile);
		const allNotes = ranked ? [...notes, ...answerNotes(profile)] : [...notes];
		const notesBox = this.querySelector<HTMLElement>('[data-notes]');
		notesBox?.querySelector('ul')?.replaceChildren(...allNotes.map((note) => h('li', {}, note)));
		if (notesBox) notesBox.hidden = allNotes.length === 0;
		const empty = this.querySelector<HTMLElement>('[data-empty]');
		if (empty) empty.hidden = ranked;
		const results = ranked ? buildResults(model, profile) : [];
		this.querySelector('#recommendations')?.replaceChildren(
			...results.map((result) => renderResult(result, isInMyPlan)),
		);
		this.toggleAttribute('data-has-results', ranked);
		showFirmness(this, model, profile, ranked);
		const text = announcement(results);
		if (text !== this.#announced) this.#say(text);
	}

	/** Puts a sentence in the live region, which the results and the plan buttons share. */
	#say(text: string): void {
		this.#announced = text;
		const status = this.querySelector('[role="status"]');
		if (status) status.textContent = text;
	}

	/** Adds a result's pathway to the plan, or takes it off, and says which. */
	#togglePlan = (event: Event): void => {
		const button =
			event.target instanceof Element
				? event.target.closest<HTMLButtonElement>('button[data-plan]')
				: null;
		const id = button?.dataset['plan'];
		if (id === undefined) return;
		const planned = isInMyPlan(id);
		const problem = myPlanProblem();
		void (planned ? removeFromMyPlan : addToMyPlan)(id).then((saved) => {
			const said = planStatusText(!planned, button?.dataset['title']);
			const why = saved ? problem : myPlanProblem();
			this.#say(why === undefined ? said : `${said} ${why}`);
		});
	};

	/** Shows on every plan button whether its pathway is in the plan now. */
	#showPlan(): void {
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-plan]')) {
			setPlanButton(button, isInMyPlan(button.dataset['plan'] ?? ''));
		}
	}
}

/** Sets every control of the form to match a profile. */
function fill(form: HTMLFormElement, profile: Profile): void {
	const chosen: Record<string, readonly string[]> = {
		background: profile.background === undefined ? [] : [profile.background],
		interests: profile.interests,
		goals: profile.goals,
		travel: profile.travel === undefined ? [] : [profile.travel],
		pay: profile.pay === undefined ? [] : [profile.pay],
	};
	for (const control of form.querySelectorAll('input, select')) {
		if (control instanceof HTMLSelectElement) {
			const skill = control.dataset['skill'] ?? '';
			const rating = Object.hasOwn(profile.skills, skill) ? profile.skills[skill] : undefined;
			control.value = rating === undefined ? '' : `${skill}:${rating}`;
		} else if (control instanceof HTMLInputElement && control.type === 'number') {
			control.value = profile.years === undefined ? '' : String(profile.years);
		} else if (control instanceof HTMLInputElement) {
			control.checked = chosen[control.name]?.includes(control.value) ?? false;
		}
	}
}

customElements.define('atlas-recommender', AtlasRecommender);
