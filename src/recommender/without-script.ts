import { listInWords } from '../lib/words';
import type { Model } from './model';
import { EMPTY_PROFILE } from './profile';
import { formatPoints, TOP_COUNT } from './results';
import { rankRoles } from './score';

/**
 * The role finder without JavaScript. A static host cannot route a form's query string to a page,
 * so instead of one page per answer, the finder's own page carries the quick match's result for
 * every answer its form can give (each background with every set of interests), computed at build
 * time by the same `rankRoles` the island runs, and a stylesheet generated here shows only the
 * one that matches the ticked answers (CSS `:has()`). The reader answers once, on the same form,
 * and reads the result; there is nothing to add up. Build time only: no island imports this.
 */

/** An answer the quick match's form can give: a background and interests in the form's order. */
export interface QuickAnswer {
	background: string;
	/** Interest ids, in the order the form lists them (which breaks ties, as ticking order does). */
	interests: string[];
}

/** One role of a prebuilt result: what the island's result shows first, as text. */
export interface QuickRole {
	id: string;
	title: string;
	href: string;
	score: number;
	/** The score's terms as the island writes them ("+3 background: Software engineering"). */
	terms: string[];
}

/** The prebuilt result for one answer. */
export interface QuickResult extends QuickAnswer {
	/** "Software engineering, interested in Deployment and Client-facing work". */
	label: string;
	/** The top results, best first: the island's highlighted top three, in its order. */
	top: QuickRole[];
	/** Roles with the same score as the last of the top, ranked after it; usually none. */
	level: QuickRole[];
}

/**
 * Every answer the form can give without JavaScript: each background, with each of the 2ⁿ sets
 * of interests, interests in the form's order. A form with no background chosen has no result:
 * the finder asks for one first, as the island does.
 */
export function everyQuickAnswer(model: Model): QuickAnswer[] {
	const ids = model.quickMatch.interests.map((interest) => interest.id);
	// Each id is added after the ones before it, so every set keeps the form's order.
	const sets = ids
		.reduce<string[][]>(
			(subsets, id) => [...subsets, ...subsets.map((subset) => [...subset, id])],
			[[]],
		)
		.sort((a, b) => a.length - b.length);
	return model.quickMatch.backgrounds.flatMap(({ background }) =>
		sets.map((interests) => ({ background, interests })),
	);
}

/** The result the island shows for an answer: its top three, and any role level with the third. */
export function quickResult(model: Model, answer: QuickAnswer): QuickResult {
	const ranking = rankRoles(model, { ...EMPTY_PROFILE, ...answer });
	const roleOf = ({ role, score, terms }: (typeof ranking)[number]): QuickRole[] => {
		const summary = model.roles.find((candidate) => candidate.id === role);
		return summary
			? [
					{
						id: role,
						title: summary.title,
						href: summary.href,
						score,
						terms: terms.map(({ points, label }) => `${formatPoints(points)} ${label}`),
					},
				]
			: [];
	};
	const top = ranking.slice(0, TOP_COUNT);
	const last = top.at(-1)?.score;
	const level = ranking.slice(TOP_COUNT).filter(({ score }) => score > 0 && score === last);
	const background =
		model.quickMatch.backgrounds.find((match) => match.background === answer.background)?.title ??
		answer.background;
	const interests = answer.interests.map(
		(id) => model.quickMatch.interests.find((interest) => interest.id === id)?.label ?? id,
	);
	return {
		...answer,
		label:
			interests.length > 0
				? `${background}, interested in ${listInWords(interests)}`
				: `${background}, no interests ticked`,
		top: top.flatMap(roleOf),
		level: level.flatMap(roleOf),
	};
}

/** A CSS attribute value, quoted. Ids are lower-case words, so JSON's quoting is CSS's. */
const quoted = (value: string) => JSON.stringify(value);

/**
 * The stylesheet that shows, of every prebuilt result, only the one matching the form: a result
 * is hidden when its background is not the one chosen, when it lacks an interest that is ticked,
 * or when it has one that is not. Two rules per interest and one per background, not one per
 * answer. With no background chosen, the prompt to choose one shows instead.
 */
export function quickMatchCss(model: Model): string {
	const scope = 'atlas-recommender';
	const result = '.atlas-quick-result';
	const input = (name: string, value: string) =>
		`[name=${quoted(name)}][value=${quoted(value)}]:checked`;
	const hide = (selector: string) => `\t${selector} {\n\t\tdisplay: none;\n\t}`;
	const rules = [
		hide(`${scope}:not(:has([name="background"]:checked)) ${result}`),
		hide(`${scope}:has([name="background"]:checked) [data-quick-ask]`),
		...model.quickMatch.backgrounds.map(({ background }) =>
			hide(
				`${scope}:has(${input('background', background)}) ${result}:not([data-background=${quoted(background)}])`,
			),
		),
		...model.quickMatch.interests.flatMap(({ id }) => [
			hide(
				`${scope}:has(${input('interests', id)}) ${result}:not([data-interests~=${quoted(id)}])`,
			),
			hide(
				`${scope}:not(:has(${input('interests', id)})) ${result}[data-interests~=${quoted(id)}]`,
			),
		]),
	];
	return `/* The role finder without JavaScript: generated from content/recommender/. */\n@layer atlas.features {\n${rules.join('\n')}\n}\n`;
}
