import { h } from '../lib/dom';
import type { PanelData } from './catalogue';
import {
	knownSkills,
	knownSkipped,
	reasonFor,
	type SkillStep,
	skippableSteps,
	withKnownSkipped,
	withoutKnownSkipped,
} from './known';
import type { Progress } from './schema';
import { update } from './storage';
import { find } from './template';
import { stepsOf } from './steps';

/**
 * "Skip what you already know" on a pathway page (its markup is in `ProgressPanel.astro`): the
 * steps the reader's ratings say they can skip, each with why, a button that skips them; and the
 * steps skipped that way, each with why, and a button that undoes every such skip.
 */
export function knownSection(section: HTMLElement, data: PanelData): (progress: Progress) => void {
	const steps: SkillStep[] = stepsOf(data.pathway).flatMap((step) => {
		const skills = Object.hasOwn(data.skills, step.key) ? data.skills[step.key] : undefined;
		return skills ? [{ ...step, skills }] : [];
	});
	const keys = steps.map((step) => step.key);
	const part = (name: string) => find(section, `[data-known-${name}]`);
	const hint = part('hint');
	const offer = part('offer');
	const skippedBox = part('skipped');
	const status = part('status');
	/** Puts one of the status line's messages (its `data-…` attributes) in it. */
	const say = (message: string) => (status.textContent = status.dataset[message] ?? '');
	let offered: SkillStep[] = [];
	const skip = find(offer, 'button');
	const undo = find(skippedBox, 'button');
	skip.addEventListener('click', () => {
		// The offer empties once the steps are skipped, so the change keeps the list it was given.
		const chosen = offered;
		const now = Date.now();
		update((progress) => withKnownSkipped(progress, chosen, now));
		undo.focus();
		say('skipped');
	});
	undo.addEventListener('click', () => {
		update((progress) => withoutKnownSkipped(progress, keys));
		skip.focus();
		say('undone');
	});
	/** Fills a box's list with steps and why, and shows the box if there are any. */
	const list = (box: HTMLElement, items: { title: string; why: string }[]) => {
		find(box, 'ul').replaceChildren(
			...items.map(({ title, why }) => h('li', {}, h('strong', {}, title), `: ${why}.`)),
		);
		box.hidden = items.length === 0;
	};
	return (progress) => {
		const have = knownSkills(progress, data.strong, data.titles);
		offered = skippableSteps(steps, progress, have);
		const skipped = knownSkipped(progress, keys);
		section.hidden = steps.length === 0;
		hint.hidden = have.size > 0;
		list(
			offer,
			offered.map((step) => ({ title: step.title, why: reasonFor(step.skills, have) })),
		);
		list(
			skippedBox,
			steps
				.filter((step) => skipped.includes(step.key))
				.map((step) => ({
					title: step.title,
					why: reasonFor(progress.entries[step.key]?.known ?? [], have) || 'you said you have it',
				})),
		);
	};
}
