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
	home: '/',
	search: '/search/',
	roles: '/roles/',
	pathways: '/pathways/',
	caseStudies: '/case-studies/',
	exercises: '/exercises/',
	compare: '/compare/',
	progress: '/progress/',
	/** The progress catalogue as JSON (`src/pages/progress/catalogue.json.ts`). */
	progressCatalogue: '/progress/catalogue.json',
	findYourRole: '/find-your-role/',
} as const;
