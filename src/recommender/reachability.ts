import type { Model, ReachabilityRule } from './model';
import type { Profile } from './profile';
import { backgroundMatch } from './score';

/** Whether a role is reachable now or a stretch for a profile, and the rule that decided it. */
export interface Reach {
	now: boolean;
	rule: ReachabilityRule;
}

/**
 * Applies the model's reachability rules to one role. The first rule naming the role decides;
 * the rule naming no roles decides the rest. A role is reachable now when every condition the rule
 * gives holds: the reader's background (after the seed's fallback) is one it lists, the role is on
 * that background's list, and the reader has at least the years it asks for (none given counts as
 * none). Years never change scores; they only change this label.
 */
export function reachability(model: Model, profile: Profile, roleId: string): Reach | undefined {
	const rule =
		model.assessment.reachability.find((candidate) => candidate.roles?.includes(roleId)) ??
		model.assessment.reachability.find((candidate) => candidate.roles === undefined);
	if (rule === undefined) return undefined;
	const match = backgroundMatch(model, profile.background);
	const { backgrounds, onBackgroundList, minYears } = rule.when;
	const now =
		(backgrounds === undefined || backgrounds.includes(match?.background ?? '')) &&
		(onBackgroundList !== true || (match?.roles.some(({ role }) => role === roleId) ?? false)) &&
		(minYears === undefined || (profile.years ?? 0) >= minYears);
	return { now, rule };
}
