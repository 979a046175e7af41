import type { Compensation } from '../schemas/compensation';
import type { AssessmentData, QuickMatchData } from '../schemas/recommender';
import { describeCompensationBasis, formatAmount } from '../lib/format';
import { paths } from '../lib/paths';

/** A reference as Astro's `reference()` resolves it. */
interface Reference {
	id: string;
	collection: string;
}

/**
 * A schema's output with every reference replaced by its id. The island needs ids only, and
 * deriving the type keeps the model and the schemas from drifting apart.
 */
export type WithIds<T> = T extends Reference
	? string
	: T extends readonly (infer Item)[]
		? WithIds<Item>[]
		: T extends object
			? { [Key in keyof T]: WithIds<T[Key]> }
			: T;

/** A link to another page of the site. */
export interface Link {
	title: string;
	href: string;
}

/** A pathway into a role, keyed by the background it starts from. */
export interface PathwayLink extends Link {
	/**
	 * The pathway's id (its collection entry id): what the results' "Add to my plan" pins, since
	 * the reader's plan keys pathways by id, not by URL.
	 */
	id: string;
	/** The background id the pathway starts from. */
	from: string;
}

/** What the island needs to know about one role: derived from the collections at build time. */
export interface RoleSummary {
	id: string;
	title: string;
	href: string;
	/** What employers usually expect of a newcomer, shown with "reachable now" or "a stretch". */
	expects: string;
	/** Key skill ids, most important first: the skills term and the gap list use them. */
	keySkills: string[];
	/** The published range for the assessment's pay year, or null when the sources give none. */
	pay: { top: number; topLabel: string; basis: string } | null;
	/** Pathways into the role that start from a background. */
	pathways: PathwayLink[];
	/** Up to three exercises that build toward the role, easiest first. */
	exercises: Link[];
}

/** A skill the reader can rate. */
export interface SkillSummary {
	id: string;
	title: string;
	summary: string;
}

/**
 * A background of the quick match, with its title from the backgrounds collection and the address
 * of its page, where every move from it is compared.
 */
export type BackgroundMatch = WithIds<QuickMatchData['backgrounds'][number]> & {
	title: string;
	href: string;
};

/** The quick match as the island uses it. */
export type QuickMatch = Omit<WithIds<QuickMatchData>, 'backgrounds'> & {
	backgrounds: BackgroundMatch[];
	/** The fallback background's title, for the note that says it was used. */
	fallbackTitle: string;
};

/** The full assessment as the island uses it. */
export type Assessment = WithIds<AssessmentData>;

/** A reachability rule as the island uses it. */
export type ReachabilityRule = Assessment['reachability'][number];

/**
 * Everything the recommender knows, as plain JSON: built once at build time from the collections,
 * rendered into the page for the no-JavaScript tables and serialised for the island.
 */
export interface Model {
	quickMatch: QuickMatch;
	assessment: Assessment;
	/** The skills to rate, in the order shown. */
	skills: SkillSummary[];
	/** Every role, in the site's order (family, then title): the order of roles nothing points to. */
	roles: RoleSummary[];
}

/** The parts of a collection entry the model is built from; real entries and test fixtures fit. */
export interface ModelSources {
	quickMatch: QuickMatchData;
	assessment: AssessmentData;
	roles: readonly {
		id: string;
		data: {
			title: string;
			expects: string;
			keySkills: readonly Reference[];
			compensation?: Compensation | undefined;
		};
	}[];
	backgrounds: readonly { id: string; data: { title: string } }[];
	skills: readonly { id: string; data: { title: string; summary: string } }[];
	pathways: readonly {
		id: string;
		data: { title: string; from: { background?: Reference | undefined }; to: Reference };
	}[];
	exercises: readonly { id: string; data: { title: string; roles: readonly Reference[] } }[];
}

/** How many exercises a result suggests. */
const EXERCISES_PER_ROLE = 3;

const ids = (refs: readonly Reference[]): string[] => refs.map((ref) => ref.id);

/**
 * Builds the model from sorted collections. Roles, skills and exercises keep the order they are
 * given in (the atlas sorts them), so the island's fixed orders match the rest of the site.
 */
export function buildModel(sources: ModelSources): Model {
	const { quickMatch, assessment } = sources;
	const titleOf = (id: string) => sources.backgrounds.find((b) => b.id === id)?.data.title ?? id;
	const payOf = (pay: Compensation | undefined): RoleSummary['pay'] =>
		pay?.year === assessment.pay.year
			? {
					top: pay.max,
					topLabel: formatAmount(pay.max, pay.currency) + (pay.openEnded ? '+' : ''),
					basis: describeCompensationBasis(pay),
				}
			: null;
	return {
		quickMatch: {
			...quickMatch,
			fallback: quickMatch.fallback.id,
			fallbackTitle: titleOf(quickMatch.fallback.id),
			backgrounds: quickMatch.backgrounds.map((match) => ({
				background: match.background.id,
				title: titleOf(match.background.id),
				href: paths.background(match.background.id),
				roles: match.roles.map(({ role, reason }) => ({ role: role.id, reason })),
			})),
			interests: quickMatch.interests.map((interest) => ({
				...interest,
				roles: ids(interest.roles),
			})),
		},
		assessment: {
			...assessment,
			goals: assessment.goals.map((goal) => ({ ...goal, roles: ids(goal.roles) })),
			travel: {
				...assessment.travel,
				options: assessment.travel.options.map((option) => ({
					...option,
					adjustments: option.adjustments.map((a) => ({ ...a, role: a.role.id })),
				})),
			},
			pathwayFallback: assessment.pathwayFallback.id,
			reachability: assessment.reachability.map(({ roles, when, summary, why }) => ({
				...(roles && { roles: ids(roles) }),
				when: {
					...(when.backgrounds && { backgrounds: ids(when.backgrounds) }),
					...(when.fromBackground && { fromBackground: when.fromBackground }),
					...(when.minYears !== undefined && { minYears: when.minYears }),
				},
				summary,
				...(why !== undefined && { why }),
			})),
		},
		skills: sources.skills.map(({ id, data }) => ({
			id,
			title: data.title,
			summary: data.summary,
		})),
		roles: sources.roles.map(({ id, data }) => ({
			id,
			title: data.title,
			href: paths.role(id),
			expects: data.expects,
			keySkills: ids(data.keySkills),
			pay: payOf(data.compensation),
			pathways: sources.pathways.flatMap((pathway) => {
				const from = pathway.data.from.background?.id;
				return from !== undefined && pathway.data.to.id === id
					? [{ id: pathway.id, from, title: pathway.data.title, href: paths.pathway(pathway.id) }]
					: [];
			}),
			exercises: sources.exercises
				.filter((exercise) => exercise.data.roles.some((role) => role.id === id))
				.slice(0, EXERCISES_PER_ROLE)
				.map((exercise) => ({ title: exercise.data.title, href: paths.exercise(exercise.id) })),
		})),
	};
}
