import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * An id the recommender's URL fragment carries (`client_facing`, `high`): lower-case words joined
 * by underscores, like the background ids the seed's recommender uses, so links stay readable.
 */
const AnswerIdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'use lower-case words joined by underscores');

/** Adds an issue for every item whose key was already used earlier in the same list. */
function refuseDuplicates<T>(
	items: readonly T[],
	key: (item: T) => string,
	path: (string | number)[],
	ctx: z.core.$RefinementCtx,
): void {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const id = key(item);
		if (seen.has(id))
			ctx.addIssue({ code: 'custom', message: `"${id}" is listed twice`, path: [...path, index] });
		seen.add(id);
	});
}

/** A role a background points to, with the seed's reason for it. */
const BackgroundRoleSchema = z.object({
	/** The role, by id. */
	role: reference('roles'),
	/** Why this background suits the role, shown beside the points. */
	reason: z.string().min(1),
});

/** The roles one background starts at full points, in the seed's order (ties keep this order). */
const BackgroundMatchSchema = z
	.object({
		/** The background, by id. */
		background: reference('backgrounds'),
		/** Its roles, in the order the seed lists them. */
		roles: z.array(BackgroundRoleSchema).min(1),
	})
	.superRefine((match, ctx) => refuseDuplicates(match.roles, (r) => r.role.id, ['roles'], ctx));

/** One interest the reader can tick, and the roles each tick adds points to. */
const InterestSchema = z.object({
	/** The id in the URL fragment (`client_facing`); the seed's own interest name. */
	id: AnswerIdSchema,
	/** How the checkbox and the score term name it ("Deployment"). */
	label: z.string().min(1),
	/** A few words that help a reader decide whether to tick it. */
	hint: z.string().min(1),
	/** The reason shown beside the points ("Matches your interest in deployment"). */
	reason: z.string().min(1),
	/** The roles it adds points to, in the seed's order. */
	roles: z.array(reference('roles')).min(1),
});

/**
 * The quick match: the seed's `recommend_roles` as data. Each role in the reader's background list
 * starts at `backgroundPoints`; each ticked interest adds `interestPoints` to the roles it lists.
 * An unknown or missing background counts as `fallback`, as in the seed.
 */
export const QuickMatchSchema = z
	.object({
		/** Where the model comes from, named for readers. */
		source: z.string().min(1),
		/** Points every role in the reader's background list starts with (the seed's 3). */
		backgroundPoints: z.number().positive(),
		/** Points each matching interest adds (the seed's 2). */
		interestPoints: z.number().positive(),
		/** The background used when none, or an unknown one, is given. */
		fallback: reference('backgrounds'),
		/** The backgrounds the form offers, in the order shown. */
		backgrounds: z.array(BackgroundMatchSchema).min(1),
		/** The interests the form offers, in the order shown. */
		interests: z.array(InterestSchema).min(1),
	})
	.superRefine((quick, ctx) => {
		refuseDuplicates(quick.backgrounds, (b) => b.background.id, ['backgrounds'], ctx);
		refuseDuplicates(quick.interests, (i) => i.id, ['interests'], ctx);
		quick.interests.forEach((interest, index) =>
			refuseDuplicates(interest.roles, (r) => r.id, ['interests', index, 'roles'], ctx),
		);
		if (!quick.backgrounds.some((b) => b.background.id === quick.fallback.id)) {
			ctx.addIssue({
				code: 'custom',
				message: 'the fallback must be one of the backgrounds listed',
				path: ['fallback'],
			});
		}
	});

/** One step of the self-rating scale. */
const SkillLevelSchema = z.object({
	/** The rating, from 0 upwards in steps of one. */
	value: z.number().int().min(0),
	/** What the rating means ("Working knowledge"). */
	label: z.string().min(1),
});

/** A goal: something the reader wants more of in their work, and the roles that offer it. */
const GoalSchema = z.object({
	/** The id in the URL fragment. */
	id: AnswerIdSchema,
	/** How the checkbox and the score term name it. */
	label: z.string().min(1),
	/** The reason shown beside the points. */
	reason: z.string().min(1),
	/** Points the goal adds to each role it lists. */
	points: z.number().positive(),
	/** The roles that offer it. */
	roles: z.array(reference('roles')).min(1),
});

/** A points change an answer makes to one role. */
const AdjustmentSchema = z.object({
	/** The role, by id. */
	role: reference('roles'),
	/** Points added (negative for a penalty). */
	points: z.number(),
	/** Why, with the figure from the sources. */
	reason: z.string().min(1),
});

/** One answer to the travel question. */
const TravelOptionSchema = z.object({
	/** The id in the URL fragment. */
	id: AnswerIdSchema,
	/** The radio button's label. */
	label: z.string().min(1),
	/** Points this answer changes for particular roles. */
	adjustments: z.array(AdjustmentSchema).default([]),
});

/** One answer to the pay question. */
const PayOptionSchema = z.object({
	/** The id in the URL fragment. */
	id: AnswerIdSchema,
	/** The radio button's label. */
	label: z.string().min(1),
	/** Points the best-paid role gets; others get a share in proportion to their top of range. */
	maxPoints: z.number().min(0),
});

/**
 * Conditions for a role to count as reachable now. All that are given must hold; none given means
 * always.
 */
const ReachableWhenSchema = z
	.object({
		/** The reader's background (after the fallback) must be one of these. */
		backgrounds: z.array(reference('backgrounds')).min(1).optional(),
		/**
		 * The reader's background must lead to the role: its list gives the role points, or a
		 * pathway on the site starts from it (or from `pathwayFallback`, open to any background)
		 * and ends at the role.
		 */
		fromBackground: z.literal(true).optional(),
		/** The reader must have at least this many years of work experience. */
		minYears: z.number().int().min(0).optional(),
	})
	.strict();

/**
 * A reachability rule. The first rule that names a role decides for it; the last rule names no
 * roles and decides for every other role.
 */
const ReachabilityRuleSchema = z.object({
	/** The roles it decides for; left out on the last rule, which covers the rest. */
	roles: z.array(reference('roles')).min(1).optional(),
	/** When such a role is reachable now; otherwise it is a stretch. */
	when: ReachableWhenSchema,
	/** The rule in a sentence, shown in "How the scoring works" after the roles it names. */
	summary: z.string().min(1),
	/**
	 * Why the rule holds for its roles ("It usually expects a PhD or an MS…"), shown with every
	 * result it decides, before the checks of the reader's own answers that decided the label.
	 * Needed when the rule has no conditions (no check then explains it) and when it limits
	 * backgrounds (the check says which, not why).
	 */
	why: z.string().min(1).optional(),
});

/**
 * The full assessment: the documented, bounded terms added on top of the quick match, and the
 * reachability rules that label each result. With none of these answered the ranking is the quick
 * match's.
 */
export const AssessmentSchema = z
	.object({
		/** Self-rating of the skills in the skills collection. */
		skills: z.object({
			/** Points a role gets when the reader rates every one of its key skills at the top. */
			maxPoints: z.number().positive(),
			/** The rating scale, lowest first. */
			levels: z.array(SkillLevelSchema).min(2),
			/** Key skills rated at or below this count as gaps. */
			gapAtMost: z.number().int().min(0),
		}),
		/** What the reader wants more of in their work. */
		goals: z.array(GoalSchema).min(1),
		/** Willingness to travel. */
		travel: z.object({
			/** The question, as the legend. */
			legend: z.string().min(1),
			/** The answers, in the order shown. */
			options: z.array(TravelOptionSchema).min(2),
		}),
		/** How much pay weighs, scored from each role's top of range for `year`. */
		pay: z.object({
			/** The question, as the legend. */
			legend: z.string().min(1),
			/** The year of the compensation figures used; roles without a figure for it score 0. */
			year: z.number().int().min(2000).max(2100),
			/** The answers, in the order shown. */
			options: z.array(PayOptionSchema).min(2),
		}),
		/** Years of experience: used only for reachability, never for points. */
		experience: z.object({
			/** The most years the form accepts; larger numbers are clamped. */
			maxYears: z.number().int().positive(),
		}),
		/** The background whose pathways are offered when none starts from the reader's own. */
		pathwayFallback: reference('backgrounds'),
		/** How each result is labelled reachable now or a stretch, in the order applied. */
		reachability: z.array(ReachabilityRuleSchema).min(1),
	})
	.superRefine((assessment, ctx) => {
		assessment.skills.levels.forEach((level, index) => {
			if (level.value !== index)
				ctx.addIssue({
					code: 'custom',
					message: `levels count up from 0 in steps of one; expected ${index}`,
					path: ['skills', 'levels', index, 'value'],
				});
		});
		refuseDuplicates(assessment.goals, (g) => g.id, ['goals'], ctx);
		refuseDuplicates(assessment.travel.options, (o) => o.id, ['travel', 'options'], ctx);
		refuseDuplicates(assessment.pay.options, (o) => o.id, ['pay', 'options'], ctx);
		const rules = assessment.reachability;
		rules.forEach((rule, index) => {
			if (
				rule.why === undefined &&
				(Object.keys(rule.when).length === 0 || rule.when.backgrounds !== undefined)
			)
				ctx.addIssue({
					code: 'custom',
					message:
						'a rule with no conditions, or one that limits backgrounds, must say why in `why`',
					path: ['reachability', index, 'why'],
				});
			const last = index === rules.length - 1;
			if (last === (rule.roles !== undefined))
				ctx.addIssue({
					code: 'custom',
					message: last
						? 'the last rule must name no roles: it decides for every other role'
						: 'only the last rule may leave out roles',
					path: ['reachability', index, 'roles'],
				});
		});
		const decidedBy = new Map<string, number>();
		rules.forEach((rule, index) =>
			rule.roles?.forEach((role, roleIndex) => {
				const earlier = decidedBy.get(role.id);
				if (earlier === undefined) decidedBy.set(role.id, index);
				else
					ctx.addIssue({
						code: 'custom',
						message: `"${role.id}" is already decided by rule ${earlier}`,
						path: ['reachability', index, 'roles', roleIndex],
					});
			}),
		);
	});

/** The quick-match data after validation. */
export type QuickMatchData = z.output<typeof QuickMatchSchema>;
/** The full-assessment data after validation. */
export type AssessmentData = z.output<typeof AssessmentSchema>;
