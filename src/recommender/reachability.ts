import { pluralise } from '../lib/format';
import { capitalise, listInWords } from '../lib/words';
import type { BackgroundMatch, Model, ReachabilityRule, RoleSummary } from './model';
import type { Profile } from './profile';
import { backgroundMatch } from './score';

/**
 * One condition of a reachability rule, checked against the reader's answers. The fact names what
 * decided it (the reader's background, the pathway, the years given), so the label's reason can be
 * checked against the answers and the rest of the result rather than restating the rule.
 */
export interface Check {
	holds: boolean;
	/** What decided the condition, in a sentence. */
	fact: string;
}

/** Whether a role is reachable now or a stretch for a profile, the rule that decided it, and why. */
export interface Reach {
	now: boolean;
	rule: ReachabilityRule;
	/** The rule's conditions, checked, in a fixed order: backgrounds, where from, years. */
	checks: Check[];
}

/** The title of a background of the quick match, for the sentences below. */
function titleOf(model: Model, background: string): string {
	return (
		model.quickMatch.backgrounds.find((match) => match.background === background)?.title ??
		background
	);
}

/** The reader's background must be one the rule lists. */
function backgroundsCheck(model: Model, allowed: readonly string[], match: BackgroundMatch): Check {
	const holds = allowed.includes(match.background);
	const list = listInWords(
		allowed.map((id) => titleOf(model, id)),
		'or',
	);
	return {
		holds,
		fact: holds
			? `You chose ${match.title}.`
			: `Only ${list} makes it reachable now, and you chose ${match.title}.`,
	};
}

/**
 * The reader's background must lead to the role: its list gives the role points (the result's
 * breakdown shows them), or a pathway starts from it, or from the background open to anyone, and
 * ends at the role (the result's next steps link to it).
 */
function fromBackgroundCheck(model: Model, match: BackgroundMatch, role: RoleSummary): Check {
	const mine = `your background, ${match.title}`;
	const points = match.roles.some((candidate) => candidate.role === role.id);
	const own = role.pathways.find((pathway) => pathway.from === match.background);
	const open = role.pathways.find((pathway) => pathway.from === model.assessment.pathwayFallback);
	const from = own ? (points ? 'there' : mine) : 'any background';
	const pathway = own ?? open;
	const route = pathway && `the pathway “${pathway.title}” leads to it from ${from}`;
	const gives = `${mine}, gives it ${points ? 'points' : 'no points'}`;
	if (points) return { holds: true, fact: capitalise(`${gives}${route ? `, and ${route}` : ''}.`) };
	if (route) return { holds: true, fact: capitalise(`${route}.`) };
	return {
		holds: false,
		fact: capitalise(`${gives}, and no pathway on this site leads to it from there.`),
	};
}

/** The reader must have at least the years the rule asks for; years not given count as none. */
function yearsCheck(minYears: number, years: number | undefined): Check {
	const asked = `it asks for at least ${pluralise(minYears, 'year')}`;
	const holds = (years ?? 0) >= minYears;
	return {
		holds,
		fact:
			years === undefined
				? `You have not said how many years of work experience you have; ${asked}.`
				: `You have ${pluralise(years, 'year')} of work experience; ${asked}.`,
	};
}

/**
 * Applies the model's reachability rules to one role. The first rule naming the role decides; the
 * rule naming no roles decides the rest. A role is reachable now when every condition the rule
 * gives holds: the reader's background (after the seed's fallback) is one it lists, that
 * background leads to the role, and the reader has at least the years it asks for (none given
 * counts as none). Years never change scores; they only change this label.
 */
export function reachability(model: Model, profile: Profile, roleId: string): Reach | undefined {
	const rule =
		model.assessment.reachability.find((candidate) => candidate.roles?.includes(roleId)) ??
		model.assessment.reachability.find((candidate) => candidate.roles === undefined);
	const role = model.roles.find((candidate) => candidate.id === roleId);
	const match = backgroundMatch(model, profile.background);
	if (rule === undefined || role === undefined || match === undefined) return undefined;
	const { backgrounds, fromBackground, minYears } = rule.when;
	const checks = [
		...(backgrounds === undefined ? [] : [backgroundsCheck(model, backgrounds, match)]),
		...(fromBackground === true ? [fromBackgroundCheck(model, match, role)] : []),
		...(minYears === undefined ? [] : [yearsCheck(minYears, profile.years)]),
	];
	return { now: checks.every((check) => check.holds), rule, checks };
}
