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
	findYourRole: '/find-your-role/',
	/** The reference for people who write links that open the role finder with answers. */
	findYourRoleLinks: '/find-your-role/links/',
	/** The stylesheet that shows the role finder's prebuilt result without JavaScript. */
	findYourRoleWithoutScript: '/find-your-role/without-script.css',
} as const;
