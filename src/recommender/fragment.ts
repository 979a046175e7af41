import type { Model } from './model';
import { EMPTY_PROFILE, type Profile } from './profile';
import { NAMED_AT_MOST, nameAFew, nounFor, quoteExcerpt } from '../lib/format';

/**
 * The URL fragment's parameters, in the order links are written. The fragment keeps answers in
 * the reader's browser (it is never sent to a server) while making results shareable.
 * `/find-your-role/#background=software_engineering&interests=deployment,client_facing&years=5`
 * is the contract the tests rely on.
 */
export const FRAGMENT_KEYS = [
	'background',
	'interests',
	'years',
	'skills',
	'goals',
	'travel',
	'pay',
] as const;

/** One fragment parameter. */
export type FragmentKey = (typeof FRAGMENT_KEYS)[number];

/** Longer fragments are read only up to here: no honest link comes close. */
export const MAX_FRAGMENT_LENGTH = 2000;
/** Longer values are ignored whole rather than half-read. */
const MAX_VALUE_LENGTH = 400;

/** A parsed fragment: the answers that made sense, and a note for everything that did not. */
export interface ParsedFragment {
	profile: Profile;
	/** Plain-text notes for the reader, one per problem; render them as text, never as HTML. */
	notes: string[];
}

/**
 * Whether a fragment carries answers rather than pointing at a heading (`#how-the-scoring-works`),
 * so following a link in the table of contents does not count as garbage.
 */
export function isAnswerFragment(hash: string): boolean {
	return hash.includes('=');
}

/** "“a”, “b”, “c” and 4 more": the rejected items of one list, briefly. */
function quoteAll(items: readonly string[]): string {
	return nameAFew(
		items.slice(0, NAMED_AT_MOST).map((item) => quoteExcerpt(item)),
		items.length,
	);
}

/** Splits a comma-separated list, dropping empty items. */
function items(value: string): string[] {
	return value.split(',').filter((item) => item !== '');
}

/** Keeps the known ids of a list, first occurrence only, and notes the unknown ones. */
function knownIds(
	key: FragmentKey,
	value: string,
	known: readonly string[],
	notes: string[],
): string[] {
	const kept: string[] = [];
	const unknown: string[] = [];
	for (const item of items(value)) {
		if (!known.includes(item)) unknown.push(item);
		else if (!kept.includes(item)) kept.push(item);
	}
	if (unknown.length > 0) notes.push(`Ignored unknown ${key}: ${quoteAll(unknown)}.`);
	return kept;
}

/** A whole number within bounds, clamped with a note; undefined (with a note) if not a number. */
function boundedNumber(
	what: string,
	value: string,
	max: number,
	notes: string[],
): number | undefined {
	if (!/^-?\d{1,6}(?:\.\d{1,6})?$/.test(value)) {
		notes.push(`Ignored ${what} ${quoteExcerpt(value)}: not a number.`);
		return undefined;
	}
	const number = Number(value);
	const clamped = Math.min(max, Math.max(0, Math.floor(number)));
	if (clamped !== number)
		notes.push(`Read ${what} ${quoteExcerpt(value)} as ${clamped} (0 to ${max}).`);
	return clamped;
}

/**
 * Reads answers from a URL fragment, checking every value against the model. Unknown keys and
 * ids are ignored, numbers out of range are clamped, over-long input is cut, and each of these
 * leaves a note; it never throws.
 */
export function parseFragment(hash: string, model: Model): ParsedFragment {
	const notes: string[] = [];
	let text = hash.startsWith('#') ? hash.slice(1) : hash;
	if (text.length > MAX_FRAGMENT_LENGTH) {
		notes.push(
			`The link was longer than ${MAX_FRAGMENT_LENGTH} characters; only its start was read.`,
		);
		text = text.slice(0, MAX_FRAGMENT_LENGTH);
	}
	const profile: { -readonly [Key in keyof Profile]: Profile[Key] } = { ...EMPTY_PROFILE };
	const { quickMatch, assessment } = model;
	const seen = new Set<string>();
	const unknown: string[] = [];
	const repeated = new Set<FragmentKey>();
	for (const [key, value] of new URLSearchParams(text)) {
		const known = FRAGMENT_KEYS.find((candidate) => candidate === key);
		if (known === undefined) {
			unknown.push(key);
			continue;
		}
		if (seen.has(known)) {
			repeated.add(known);
			continue;
		}
		seen.add(known);
		if (value.length > MAX_VALUE_LENGTH) {
			notes.push(`Ignored ${known}: the value is too long.`);
			continue;
		}
		if (value === '') continue;
		switch (known) {
			case 'background':
				if (quickMatch.backgrounds.some((match) => match.background === value)) {
					profile.background = value;
				} else {
					notes.push(`Ignored unknown background ${quoteExcerpt(value)}.`);
				}
				break;
			case 'interests':
			case 'goals': {
				const choices = known === 'interests' ? quickMatch.interests : assessment.goals;
				profile[known] = knownIds(
					known,
					value,
					choices.map((choice) => choice.id),
					notes,
				);
				break;
			}
			case 'years':
				profile.years = boundedNumber('years', value, assessment.experience.maxYears, notes);
				break;
			case 'skills':
				profile.skills = parseSkills(value, model, notes);
				break;
			case 'travel':
			case 'pay': {
				const option = assessment[known].options.find((candidate) => candidate.id === value);
				if (option) profile[known] = option.id;
				else notes.push(`Ignored unknown ${known} answer ${quoteExcerpt(value)}.`);
				break;
			}
		}
	}
	// One note for every unknown setting and one per repeated setting, however many the link has.
	if (unknown.length > 0) {
		notes.push(`Ignored unknown ${nounFor(unknown.length, 'setting')} ${quoteAll(unknown)}.`);
	}
	for (const key of repeated) notes.push(`Ignored a repeated ${key} setting.`);
	return { profile, notes };
}

/**
 * Reads `python:3,sql:2`: known skills only, ratings clamped to the model's scale; an item that is
 * not exactly `skill:rating` counts as unknown.
 */
function parseSkills(value: string, model: Model, notes: string[]): Record<string, number> {
	const top = model.assessment.skills.levels.length - 1;
	const ratings: Record<string, number> = {};
	const unknown: string[] = [];
	for (const item of items(value)) {
		const [id, rating, ...rest] = item.split(':');
		const skill = model.skills.find((candidate) => candidate.id === id);
		if (skill === undefined || rating === undefined || rest.length > 0) unknown.push(item);
		else if (!Object.hasOwn(ratings, skill.id)) {
			const clamped = boundedNumber(`the ${skill.title} rating`, rating, top, notes);
			if (clamped !== undefined) ratings[skill.id] = clamped;
		}
	}
	if (unknown.length > 0) notes.push(`Ignored unknown skills: ${quoteAll(unknown)}.`);
	return ratings;
}

/**
 * Writes answers as a fragment (without the `#`), in the order of `FRAGMENT_KEYS`, leaving out
 * what was not answered. Interests keep their order, because it breaks ties.
 */
export function serialiseFragment(profile: Profile): string {
	const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
	const skills = Object.entries(profile.skills).map(
		([id, rating]) => `${encodeURIComponent(id)}:${rating}`,
	);
	const values: Record<FragmentKey, string> = {
		background: profile.background === undefined ? '' : encodeURIComponent(profile.background),
		interests: list(profile.interests),
		years: profile.years === undefined ? '' : String(profile.years),
		skills: skills.join(','),
		goals: list(profile.goals),
		travel: profile.travel === undefined ? '' : encodeURIComponent(profile.travel),
		pay: profile.pay === undefined ? '' : encodeURIComponent(profile.pay),
	};
	return FRAGMENT_KEYS.filter((key) => values[key] !== '')
		.map((key) => `${key}=${values[key]}`)
		.join('&');
}

/** One fragment parameter, documented for readers. */
export interface FragmentKeyDoc {
	key: FragmentKey;
	/** What the parameter holds. */
	meaning: string;
	/** The values it accepts, where it accepts a fixed set. */
	values: string[];
	/** A working example. */
	example: string;
}

/**
 * The fragment parameters as the page documents them, with the accepted values and examples
 * taken from the model, so the documentation cannot drift from what the parser accepts.
 */
export function fragmentReference(model: Model): FragmentKeyDoc[] {
	const { quickMatch, assessment, skills } = model;
	const top = assessment.skills.levels.length - 1;
	const interests = quickMatch.interests.map(({ id }) => id);
	const goals = assessment.goals.map(({ id }) => id);
	const travel = assessment.travel.options.map(({ id }) => id);
	const pay = assessment.pay.options.map(({ id }) => id);
	const skillIds = skills.map(({ id }) => id);
	const example = (key: FragmentKey, values: readonly (string | undefined)[]) =>
		`${key}=${values.filter((value) => value !== undefined).join(',')}`;
	return [
		{
			key: 'background',
			meaning: 'Your background.',
			values: quickMatch.backgrounds.map(({ background }) => background),
			example: example('background', [quickMatch.backgrounds[0]?.background]),
		},
		{
			key: 'interests',
			meaning: 'Your interests, separated by commas, in the order you picked them.',
			values: interests,
			example: example('interests', interests.slice(0, 2)),
		},
		{
			key: 'years',
			meaning: `Years of work experience, a whole number from 0 to ${assessment.experience.maxYears}.`,
			values: [],
			example: 'years=5',
		},
		{
			key: 'skills',
			meaning: `Skill ratings from 0 to ${top}, as skill:rating pairs separated by commas.`,
			values: skillIds,
			example: example('skills', [`${skillIds[0]}:${top}`, `${skillIds[1]}:${top - 1}`]),
		},
		{
			key: 'goals',
			meaning: 'What you want more of, separated by commas.',
			values: goals,
			example: example('goals', goals.slice(0, 2)),
		},
		{
			key: 'travel',
			meaning: 'Whether you would travel for work.',
			values: travel,
			example: example('travel', [travel.at(-1)]),
		},
		{
			key: 'pay',
			meaning: 'How much pay weighs in your choice.',
			values: pay,
			example: example('pay', [pay[0]]),
		},
	];
}
