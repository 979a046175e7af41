/**
 * A background's id as it appears in its page's address. Background ids keep the underscores of
 * the role finder's URL contract (`software_engineering`); addresses use hyphens like every other
 * page (`/from/software-engineering/`).
 */
export const backgroundSlug = (id: string): string => id.replaceAll('_', '-');

/**
 * URLs of the site's pages, in one place so that links from components, indexes, search filters
 * and structured data always agree with the routes under `src/pages/`.
 */
export const paths = {
	role: (id: string) => `/roles/${id}/`,
	pathway: (id: string) => `/pathways/${id}/`,
	caseStudy: (id: string) => `/case-studies/${id}/`,
	exercise: (id: string) => `/exercises/${id}/`,
	guide: (id: string) => `/${id}/`,
	/** A course, tool or paper's entry on the resources page, which gives its official address. */
	resource: (id: string) => `/resources/#${id}`,
	/** The anchor of a pathway stage on its page, which structured data and plans link to. */
	stageAnchor: (stageId: string) => `stage-${stageId}`,
	/** The anchor of a pathway step on its page. */
	stepAnchor: (stepId: string) => `step-${stepId}`,
	/** A starting point's page. */
	background: (id: string) => `/from/${backgroundSlug(id)}/`,
	/** A term's entry in the glossary. */
	term: (id: string) => `/glossary/#${id}`,
	/** A question's answer on the FAQ page. */
	question: (id: string) => `/faq/#${id}`,
	home: '/',
	search: '/search/',
	roles: '/roles/',
	pathways: '/pathways/',
	backgrounds: '/from/',
	caseStudies: '/case-studies/',
	exercises: '/exercises/',
	resources: '/resources/',
	glossary: '/glossary/',
	faq: '/faq/',
	compare: '/compare/',
	progress: '/progress/',
	/** Export, import and reset of saved progress: their own page keeps `/progress/` light. */
	progressBackup: '/progress/backup/',
	/** The progress catalogue as JSON (`src/pages/progress/catalogue.json.ts`). */
	progressCatalogue: '/progress/catalogue.json',
	findYourRole: '/find-your-role/',
	/** The reference for people who write links that open the role finder with answers. */
	findYourRoleLinks: '/find-your-role/links/',
	/** The stylesheet that shows the role finder's prebuilt result without JavaScript. */
	findYourRoleWithoutScript: '/find-your-role/without-script.css',
} as const;
