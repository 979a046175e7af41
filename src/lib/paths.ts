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
	home: '/',
	search: '/search/',
	roles: '/roles/',
	pathways: '/pathways/',
	caseStudies: '/case-studies/',
	exercises: '/exercises/',
	compare: '/compare/',
	progress: '/progress/',
	findYourRole: '/find-your-role/',
} as const;
