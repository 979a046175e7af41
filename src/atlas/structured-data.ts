import { collectionSections } from './site-sections';
import type {
	Article,
	BreadcrumbList,
	DefinedTermSet,
	FAQPage,
	HowTo,
	HowToSection,
	LearningResource,
	ListItem,
	MonetaryAmountDistribution,
	Occupation,
	Thing,
	WebSite,
	WithContext,
} from 'schema-dts';
import { FAMILY_LABELS } from '../schemas/family';
import { LEVEL_LABELS } from '../schemas/level';
import type { Compensation } from '../schemas/compensation';
import type { Duration } from '../schemas/duration';
import {
	type Atlas,
	type CaseStudyEntry,
	type ExerciseEntry,
	type PathwayEntry,
	type RoleEntry,
	getRole,
	originTitle,
	resolve,
} from './atlas';
import { describeCompensationBasis, sumDurations } from '../lib/format';
import { paths } from '../lib/paths';
import { markdownText } from './markdown-text';

/** A JSON-LD block ready to be serialised into a page's head. */
export type JsonLd = WithContext<Thing>;

/** What the structured data of any page needs to know about the page and the site. */
export interface PageContext {
	/** The page's URL path, with its trailing slash (`/roles/ml-engineer/`). */
	pathname: string;
	/** The page's title, as in its `<h1>`. */
	title: string;
	/** The site's name, for the first breadcrumb and as the publisher of articles. */
	siteTitle: string;
	/** The page's meta description; the home page's describes the whole site. */
	description?: string | undefined;
	/** The public origin; every URL in structured data is absolute. */
	site: URL;
}

/** One step of a breadcrumb trail: a name and the path of its page. */
export interface Crumb {
	name: string;
	path: string;
}

const CONTEXT = 'https://schema.org';

/**
 * The section a collection page sits in, named as the sidebar names it. Pages outside these
 * sections (guides, the recommender, search…) sit directly under the home page.
 */
const SECTIONS: readonly Crumb[] = collectionSections().map(({ label, path }) => ({
	name: label,
	path,
}));

const absolute = (path: string, site: URL) => new URL(path, site).href;

/** The `@id` of a role's Occupation, so pathways, exercises and case studies can point at it. */
const occupationId = (roleId: string, site: URL) =>
	`${absolute(paths.role(roleId), site)}#occupation`;

/** A reference to a role's Occupation from another block: enough to name it and find it. */
function occupationRef(role: RoleEntry, site: URL): Occupation {
	return {
		'@type': 'Occupation',
		'@id': occupationId(role.id, site),
		name: role.data.title,
		url: absolute(paths.role(role.id), site),
	};
}

/**
 * A duration as ISO 8601 ("PT2H", "P3M"), which schema.org's time properties require. ISO 8601
 * has no ranges, so a span such as "3–6 months" has no ISO form and gives `undefined`: the page
 * states the range in words, and the structured data invents no single figure for it.
 */
export function isoDuration(duration: Pick<Duration, 'min' | 'max' | 'unit'>): string | undefined {
	if (duration.min !== duration.max) return undefined;
	const count = duration.min;
	if (duration.unit === 'hours') return `PT${count}H`;
	return `P${count}${duration.unit === 'weeks' ? 'W' : 'M'}`;
}

/** `timeRequired` for a span that has a single figure; nothing for a range. */
function timeRequired(duration: Duration): { timeRequired?: string } {
	const iso = isoDuration(duration);
	return iso ? { timeRequired: iso } : {};
}

/**
 * The breadcrumb trail of a page: the home page, the collection section the page sits in (when it
 * has an index page), then the page itself. Derived from the path, so every new page gets one.
 */
export function breadcrumbTrail(
	page: Pick<PageContext, 'pathname' | 'title' | 'siteTitle'>,
): Crumb[] {
	const home = { name: page.siteTitle, path: '/' };
	if (page.pathname === '/') return [home];
	const section = SECTIONS.find(
		(candidate) => page.pathname.startsWith(candidate.path) && page.pathname !== candidate.path,
	);
	return [home, ...(section ? [section] : []), { name: page.title, path: page.pathname }];
}

/**
 * A `BreadcrumbList` for a trail. The last crumb is the page itself; it carries no `item`, as
 * schema.org and search engines allow, so a page whose URL is not canonical (the 404 page) still
 * gets a valid trail.
 */
export function breadcrumbList(trail: readonly Crumb[], site: URL): WithContext<BreadcrumbList> {
	const items = trail.map((crumb, index): ListItem => {
		const last = index === trail.length - 1;
		return {
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			...(last ? {} : { item: absolute(crumb.path, site) }),
		};
	});
	return { '@context': CONTEXT, '@type': 'BreadcrumbList', itemListElement: items };
}

/**
 * A published pay range as a `MonetaryAmountDistribution`. The sources give a low and a high end,
 * so they are written as the 10th and 90th percentiles, the convention search engines read for a
 * published salary range; no median is given because the sources give none. The name carries the
 * basis where the source gives one, and the year ("published pay range, total compensation, 2026"),
 * since schema.org has no date for a distribution.
 */
export function salaryDistribution(pay: Compensation): MonetaryAmountDistribution {
	return {
		'@type': 'MonetaryAmountDistribution',
		name: `published pay range, ${describeCompensationBasis(pay)}`,
		currency: pay.currency,
		duration: 'P1Y',
		percentile10: pay.min,
		percentile90: pay.max,
		description: `A published range for ${pay.year}, not a promise. Source: ${pay.source}.`,
	};
}

/**
 * An `Occupation` for a role page: its skills, its primary focus as its responsibilities, what
 * employers expect, and the published pay range with its year where the sources give one.
 */
export function roleOccupation(role: RoleEntry, site: URL): WithContext<Occupation> {
	const { data } = role;
	const pay = data.compensation;
	return {
		'@context': CONTEXT,
		...occupationRef(role, site),
		description: data.summary,
		...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}),
		occupationalCategory: FAMILY_LABELS[data.family],
		skills: data.coreSkills,
		responsibilities: data.focus,
		qualifications: data.expects,
		experienceRequirements: data.background,
		...(pay ? { estimatedSalary: salaryDistribution(pay) } : {}),
	};
}

/**
 * A `HowTo` for a pathway: each stage a `HowToSection` of `HowToStep`s, linked to the anchors the
 * plan renders (`#stage-…`, `#step-…`), about the role the move leads to. A total time is given
 * only when the stages add up to a single figure.
 */
export function pathwayHowTo(atlas: Atlas, pathway: PathwayEntry, site: URL): WithContext<HowTo> {
	const { data } = pathway;
	const url = absolute(paths.pathway(pathway.id), site);
	const target = getRole(atlas, data.to.id);
	const sections = data.stages.map((stage): HowToSection => ({
		'@type': 'HowToSection',
		name: stage.title,
		url: `${url}#${paths.stageAnchor(stage.id)}`,
		...timeRequired(stage.duration),
		itemListElement: stage.steps.map((step, index) => ({
			'@type': 'HowToStep',
			position: index + 1,
			name: step.title,
			url: `${url}#${paths.stepAnchor(step.id)}`,
			...(step.detail ? { text: step.detail } : {}),
		})),
	}));
	const total = sumDurations(data.stages.map((stage) => stage.duration));
	const totalTime = total && isoDuration(total);
	return {
		'@context': CONTEXT,
		'@type': 'HowTo',
		name: data.title,
		description: data.summary,
		url,
		audience: {
			'@type': 'Audience',
			audienceType: `From ${originTitle(atlas, data.from)}: ${data.audience}`,
		},
		...(target ? { about: occupationRef(target, site) } : {}),
		...(totalTime ? { totalTime } : {}),
		step: sections,
	};
}

/**
 * A `LearningResource` for an exercise: its level, what it teaches, the roles it builds toward,
 * and its time when the content gives a single figure.
 */
export function exerciseResource(
	atlas: Atlas,
	exercise: ExerciseEntry,
	site: URL,
): WithContext<LearningResource> {
	const { data } = exercise;
	return {
		'@context': CONTEXT,
		'@type': 'LearningResource',
		name: data.title,
		description: data.summary,
		url: absolute(paths.exercise(exercise.id), site),
		learningResourceType: 'Exercise',
		educationalLevel: LEVEL_LABELS[data.level],
		teaches: data.goal,
		...timeRequired(data.duration),
		about: resolve(atlas.roles, data.roles).map((role) => occupationRef(role, site)),
	};
}

/** An `Article` for a case study: headline, summary, topics, and the roles it shows. */
export function caseStudyArticle(
	atlas: Atlas,
	study: CaseStudyEntry,
	page: Pick<PageContext, 'siteTitle' | 'site'>,
): WithContext<Article> {
	const { data } = study;
	const publisher = { '@type': 'Organization', name: page.siteTitle, url: page.site.href } as const;
	return {
		'@context': CONTEXT,
		'@type': 'Article',
		headline: data.title,
		description: data.summary,
		url: absolute(paths.caseStudy(study.id), page.site),
		...(data.tags.length > 0 ? { keywords: data.tags } : {}),
		about: [
			{ '@type': 'Organization', name: data.organisation },
			...resolve(atlas.roles, data.roles).map((role) => occupationRef(role, page.site)),
		],
		author: publisher,
		publisher,
	};
}

/**
 * A `DefinedTermSet` for the glossary: every term a `DefinedTerm` with its definition, its other
 * names and the address of its entry, so each term can be found and cited on its own.
 */
export function glossaryTermSet(atlas: Atlas, page: PageContext): WithContext<DefinedTermSet> {
	const url = absolute(paths.glossary, page.site);
	return {
		'@context': CONTEXT,
		'@type': 'DefinedTermSet',
		'@id': url,
		name: page.title,
		url,
		...(page.description ? { description: page.description } : {}),
		hasDefinedTerm: atlas.terms.map((term) => ({
			'@type': 'DefinedTerm',
			'@id': absolute(paths.term(term.id), page.site),
			name: term.data.term,
			...(term.data.aliases.length > 0 ? { alternateName: term.data.aliases } : {}),
			description: term.data.definition,
			url: absolute(paths.term(term.id), page.site),
			inDefinedTermSet: url,
		})),
	};
}

/**
 * An `FAQPage` for the questions page: each question with its answer as plain text (the page
 * shows the same words, with links).
 */
export function faqPage(atlas: Atlas, page: PageContext): WithContext<FAQPage> {
	return {
		'@context': CONTEXT,
		'@type': 'FAQPage',
		name: page.title,
		url: absolute(paths.faq, page.site),
		mainEntity: atlas.faq.map((question) => ({
			'@type': 'Question',
			name: question.data.question,
			url: absolute(paths.question(question.id), page.site),
			acceptedAnswer: { '@type': 'Answer', text: markdownText(question.body ?? '') },
		})),
	};
}

/** A `WebSite` block for the home page: the site's name, address and description. */
export function webSite(page: PageContext): WithContext<WebSite> {
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		name: page.siteTitle,
		url: page.site.href,
		...(page.description ? { description: page.description } : {}),
	};
}

/**
 * Every JSON-LD block of a page: the block for what the page is about (an Occupation for a role,
 * a HowTo for a pathway…), found by matching the page's path against the collections, then its
 * BreadcrumbList. Any page, including ones added later, gets at least the breadcrumbs.
 */
export function structuredData(atlas: Atlas, page: PageContext): JsonLd[] {
	const { pathname, site } = page;
	const role = atlas.roles.find((entry) => paths.role(entry.id) === pathname);
	const pathway = atlas.pathways.find((entry) => paths.pathway(entry.id) === pathname);
	const study = atlas.caseStudies.find((entry) => paths.caseStudy(entry.id) === pathname);
	const exercise = atlas.exercises.find((entry) => paths.exercise(entry.id) === pathname);
	const main: JsonLd[] = [
		...(pathname === '/' ? [webSite(page)] : []),
		...(pathname === paths.glossary ? [glossaryTermSet(atlas, page)] : []),
		...(pathname === paths.faq ? [faqPage(atlas, page)] : []),
		...(role ? [roleOccupation(role, site)] : []),
		...(pathway ? [pathwayHowTo(atlas, pathway, site)] : []),
		...(study ? [caseStudyArticle(atlas, study, page)] : []),
		...(exercise ? [exerciseResource(atlas, exercise, site)] : []),
	];
	return [...main, breadcrumbList(breadcrumbTrail(page), site)];
}
