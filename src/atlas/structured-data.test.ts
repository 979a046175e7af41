import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	faqEntry,
	noFit,
	noSources,
	publishedPay,
	ref as refTo,
	stepEntry,
	termEntry,
} from '../../tests/fixtures/entries';
import {
	type Atlas,
	type CaseStudyEntry,
	type ExerciseEntry,
	type PathwayEntry,
	type RoleEntry,
	createAtlas,
} from './atlas';
import { breadcrumbList, breadcrumbTrail, isoDuration, structuredData } from './structured-data';

const site = new URL('https://atlas.example/');
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

const mle: RoleEntry = {
	id: 'ml-engineer',
	collection: 'roles',
	data: {
		title: 'ML Engineer',
		summary: 'Ships models.',
		audience: 'Engineers.',
		family: 'engineering',
		focus: 'Production ML systems',
		coreSkills: ['Python', 'Docker'],
		background: 'Software engineering',
		expects: 'Solid engineering.',
		phd: 'unstated',
		keySkills: [ref('skills', 'python')],
		compensation: publishedPay(),
		aliases: ['MLE'],
		related: [],
		tools: [],
		fit: noFit(),
		sources: noSources(),
	},
};

const navigator: RoleEntry = {
	id: 'ai-landscape-navigator',
	collection: 'roles',
	data: {
		title: 'AI Landscape Navigator',
		summary: 'Maps the field.',
		audience: 'Data scientists.',
		family: 'emerging',
		focus: 'Making sense of the AI landscape',
		coreSkills: ['Research'],
		background: 'Data science',
		expects: 'Breadth.',
		phd: 'unstated',
		keySkills: [ref('skills', 'research')],
		aliases: [],
		related: [],
		tools: [],
		fit: noFit(),
		sources: noSources(),
		evolvedFrom: { background: ref('backgrounds', 'software_engineering') },
	},
};

const stage = (id: string, min: number, max: number) => ({
	id,
	title: `Stage ${id}`,
	duration: { min, max, unit: 'months' as const, basis: 'estimate' as const },
	steps: [
		stepEntry(`${id}-learn`, 'Learn the basics', 'learn', { detail: 'A course.' }),
		stepEntry(`${id}-build`, 'Build a project', 'project'),
	],
});

const pathway: PathwayEntry = {
	id: 'swe-to-mle',
	collection: 'pathways',
	data: {
		title: 'Software Engineer → ML Engineer',
		summary: 'The common move.',
		from: { background: ref('backgrounds', 'software_engineering') },
		to: ref('roles', 'ml-engineer'),
		audience: 'Engineers who ship code.',
		carriesOver: ['Testing'],
		gaps: ['ML'],
		stages: [stage('one', 1, 2), stage('two', 3, 3)],
		pitfalls: [],
		exercises: [],
		caseStudies: [],
		sources: noSources(),
	},
};

const exercise: ExerciseEntry = {
	id: 'map-skills',
	collection: 'exercises',
	data: {
		title: 'Map your skills',
		summary: 'Score your skills.',
		level: 'beginner',
		duration: { min: 2, max: 2, unit: 'hours', basis: 'estimate' },
		roles: [ref('roles', 'ml-engineer'), ref('roles', 'ai-landscape-navigator')],
		goal: 'Find your fit.',
		deliverable: 'A table.',
		steps: ['List skills'],
		rubric: ['Is it honest?'],
		hints: [],
		caseStudies: [],
		sources: noSources(),
	},
};

const study: CaseStudyEntry = {
	id: 'spotify',
	collection: 'caseStudies',
	data: {
		title: 'Spotify: hub and spoke',
		summary: 'A central platform with embedded teams.',
		organisation: 'Spotify',
		period: '2016–2024',
		roles: [ref('roles', 'ml-engineer')],
		pathways: [],
		tags: ['Hub-and-spoke'],
		lessons: ['Platforms pay off.'],
		sources: noSources(),
	},
};

const atlas: Atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [mle, navigator],
	pathways: [pathway],
	caseStudies: [study],
	exercises: [exercise],
	backgrounds: [
		{
			id: 'software_engineering',
			collection: 'backgrounds',
			data: { title: 'Software engineering', summary: '' },
		},
	],
	skills: [],
});

const page = (pathname: string, title: string) => ({
	pathname,
	title,
	siteTitle: 'AI Career Atlas',
	description: 'Find AI roles.',
	site,
});

const mleRef = {
	'@type': 'Occupation',
	'@id': 'https://atlas.example/roles/ml-engineer/#occupation',
	name: 'ML Engineer',
	url: 'https://atlas.example/roles/ml-engineer/',
};

/** A JSON-LD block of a schema.org type. */
const jsonLd = (type: string, fields: Record<string, unknown>) => ({
	'@context': 'https://schema.org',
	'@type': type,
	...fields,
});

/** The first crumb of every trail but the home page's own, linking home. */
const home: [string, string] = ['AI Career Atlas', 'https://atlas.example/'];

const trail = (...names: [string, string | undefined][]) =>
	jsonLd('BreadcrumbList', {
		itemListElement: names.map(([name, item], index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name,
			...(item ? { item } : {}),
		})),
	});

describe('structuredData for each kind of page', () => {
	test('a role with a pay range is an Occupation with its salary and year', () => {
		expect(structuredData(atlas, page('/roles/ml-engineer/', 'ML Engineer'))).toEqual([
			{
				'@context': 'https://schema.org',
				...mleRef,
				description: 'Ships models.',
				alternateName: ['MLE'],
				occupationalCategory: 'Engineering and production',
				skills: ['Python', 'Docker'],
				responsibilities: 'Production ML systems',
				qualifications: 'Solid engineering.',
				experienceRequirements: 'Software engineering',
				estimatedSalary: {
					'@type': 'MonetaryAmountDistribution',
					name: 'published pay range, total compensation, 2026',
					currency: 'USD',
					duration: 'P1Y',
					percentile10: 150000,
					percentile90: 350000,
					description: 'A published range for 2026, not a promise. Source: Careers in AI.',
				},
			},
			trail(home, ['Roles', 'https://atlas.example/roles/'], ['ML Engineer', undefined]),
		]);
	});

	test('a role without a pay figure has no salary and no invented one', () => {
		const [occupation] = structuredData(
			atlas,
			page('/roles/ai-landscape-navigator/', 'AI Landscape Navigator'),
		);
		expect(occupation).toMatchObject({ '@type': 'Occupation', name: 'AI Landscape Navigator' });
		expect(occupation).not.toHaveProperty('estimatedSalary');
		expect(occupation).not.toHaveProperty('alternateName');
	});

	test('a pathway is a HowTo of stages and steps linked to the plan anchors', () => {
		const url = 'https://atlas.example/pathways/swe-to-mle/';
		const steps = (id: string) => [
			{
				'@type': 'HowToStep',
				position: 1,
				name: 'Learn the basics',
				url: `${url}#step-${id}-learn`,
				text: 'A course.',
			},
			{
				'@type': 'HowToStep',
				position: 2,
				name: 'Build a project',
				url: `${url}#step-${id}-build`,
			},
		];
		expect(
			structuredData(atlas, page('/pathways/swe-to-mle/', 'Software Engineer → ML Engineer')),
		).toEqual([
			jsonLd('HowTo', {
				name: 'Software Engineer → ML Engineer',
				description: 'The common move.',
				url,
				audience: {
					'@type': 'Audience',
					audienceType: 'From Software engineering: Engineers who ship code.',
				},
				about: mleRef,
				step: [
					{
						'@type': 'HowToSection',
						name: 'Stage one',
						url: `${url}#stage-one`,
						itemListElement: steps('one'),
					},
					{
						'@type': 'HowToSection',
						name: 'Stage two',
						url: `${url}#stage-two`,
						timeRequired: 'P3M',
						itemListElement: steps('two'),
					},
				],
			}),
			trail(
				home,
				['Pathways', 'https://atlas.example/pathways/'],
				['Software Engineer → ML Engineer', undefined],
			),
		]);
	});

	test('an exercise is a LearningResource with its level, time and roles', () => {
		const [resource] = structuredData(atlas, page('/exercises/map-skills/', 'Map your skills'));
		expect(resource).toEqual(
			jsonLd('LearningResource', {
				name: 'Map your skills',
				description: 'Score your skills.',
				url: 'https://atlas.example/exercises/map-skills/',
				learningResourceType: 'Exercise',
				educationalLevel: 'Beginner',
				teaches: 'Find your fit.',
				timeRequired: 'PT2H',
				about: [
					mleRef,
					{
						'@type': 'Occupation',
						'@id': 'https://atlas.example/roles/ai-landscape-navigator/#occupation',
						name: 'AI Landscape Navigator',
						url: 'https://atlas.example/roles/ai-landscape-navigator/',
					},
				],
			}),
		);
	});

	test('a case study is an Article about its organisation and roles', () => {
		const [article] = structuredData(
			atlas,
			page('/case-studies/spotify/', 'Spotify: hub and spoke'),
		);
		const publisher = {
			'@type': 'Organization',
			name: 'AI Career Atlas',
			url: 'https://atlas.example/',
		};
		expect(article).toEqual(
			jsonLd('Article', {
				headline: 'Spotify: hub and spoke',
				description: 'A central platform with embedded teams.',
				url: 'https://atlas.example/case-studies/spotify/',
				keywords: ['Hub-and-spoke'],
				about: [{ '@type': 'Organization', name: 'Spotify' }, mleRef],
				author: publisher,
				publisher,
			}),
		);
	});

	test('the home page is a WebSite with a one-step trail', () => {
		expect(structuredData(atlas, page('/', 'AI Career Atlas'))).toEqual([
			jsonLd('WebSite', {
				name: 'AI Career Atlas',
				url: 'https://atlas.example/',
				description: 'Find AI roles.',
			}),
			trail(['AI Career Atlas', undefined]),
		]);
	});

	test('the glossary is a DefinedTermSet, each term with its anchor and other names', () => {
		const glossary = createAtlas({
			...atlas,
			terms: [
				termEntry('rag', 'RAG', { aliases: ['retrieval-augmented generation'] }),
				termEntry('agent', 'Agent', { related: [refTo('terms', 'rag')] }),
			],
		});
		const [set, crumbs] = structuredData(glossary, page('/glossary/', 'Glossary'));
		expect(set).toEqual(
			jsonLd('DefinedTermSet', {
				'@id': 'https://atlas.example/glossary/',
				name: 'Glossary',
				url: 'https://atlas.example/glossary/',
				description: 'Find AI roles.',
				hasDefinedTerm: [
					{
						'@type': 'DefinedTerm',
						'@id': 'https://atlas.example/glossary/#agent',
						name: 'Agent',
						description: 'Agent defined.',
						url: 'https://atlas.example/glossary/#agent',
						inDefinedTermSet: 'https://atlas.example/glossary/',
					},
					{
						'@type': 'DefinedTerm',
						'@id': 'https://atlas.example/glossary/#rag',
						name: 'RAG',
						alternateName: ['retrieval-augmented generation'],
						description: 'RAG defined.',
						url: 'https://atlas.example/glossary/#rag',
						inDefinedTermSet: 'https://atlas.example/glossary/',
					},
				],
			}),
		);
		expect(crumbs).toEqual(trail(home, ['Glossary', undefined]));
	});

	test('the questions page is an FAQPage, each answer as plain text', () => {
		const faq = createAtlas({
			...atlas,
			faq: [
				faqEntry('pay', 'What does it pay?', { order: 2 }, 'See **each** [role](/roles/).'),
				faqEntry('phd', 'Do I need a PhD?', { order: 1 }, 'Only for a few roles.'),
			],
		});
		const [block] = structuredData(faq, page('/faq/', 'Questions and answers'));
		expect(block).toEqual(
			jsonLd('FAQPage', {
				name: 'Questions and answers',
				url: 'https://atlas.example/faq/',
				mainEntity: [
					{
						'@type': 'Question',
						name: 'Do I need a PhD?',
						url: 'https://atlas.example/faq/#phd',
						acceptedAnswer: { '@type': 'Answer', text: 'Only for a few roles.' },
					},
					{
						'@type': 'Question',
						name: 'What does it pay?',
						url: 'https://atlas.example/faq/#pay',
						acceptedAnswer: { '@type': 'Answer', text: 'See each role.' },
					},
				],
			}),
		);
	});

	test('a starting point sits under the starting points in its trail', () => {
		expect(structuredData(atlas, page('/from/software-engineering/', 'Into AI'))).toEqual([
			trail(home, ['Starting points', 'https://atlas.example/from/'], ['Into AI', undefined]),
		]);
	});

	test('any other page, such as a guide or a page added later, gets its breadcrumbs', () => {
		expect(structuredData(atlas, page('/guides/interviews/', 'Interviews'))).toEqual([
			trail(home, ['Interviews', undefined]),
		]);
		expect(structuredData(atlas, page('/roles/', 'AI roles'))).toEqual([
			trail(home, ['AI roles', undefined]),
		]);
	});

	test('a path that names no entry gets no entry block', () => {
		expect(structuredData(atlas, page('/roles/no-such-role/', 'Page not found'))).toEqual([
			trail(home, ['Roles', 'https://atlas.example/roles/'], ['Page not found', undefined]),
		]);
	});
});

describe('breadcrumbs', () => {
	test('the trail goes home, section, page', () => {
		expect(breadcrumbTrail(page('/exercises/map-skills/', 'Map your skills'))).toEqual([
			{ name: 'AI Career Atlas', path: '/' },
			{ name: 'Exercises', path: '/exercises/' },
			{ name: 'Map your skills', path: '/exercises/map-skills/' },
		]);
	});

	test('positions count from one and every crumb but the last links to its page', () => {
		const list = breadcrumbList(
			[
				{ name: 'Home', path: '/' },
				{ name: 'Page', path: '/page/' },
			],
			site,
		);
		expect(list.itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://atlas.example/' },
			{ '@type': 'ListItem', position: 2, name: 'Page' },
		]);
	});
});

describe('isoDuration', () => {
	test('writes single figures in ISO 8601', () => {
		expect(isoDuration({ min: 2, max: 2, unit: 'hours' })).toBe('PT2H');
		expect(isoDuration({ min: 1.5, max: 1.5, unit: 'hours' })).toBe('PT1.5H');
		expect(isoDuration({ min: 3, max: 3, unit: 'weeks' })).toBe('P3W');
		expect(isoDuration({ min: 6, max: 6, unit: 'months' })).toBe('P6M');
	});

	test('gives nothing for a range, which ISO 8601 cannot write', () => {
		expect(isoDuration({ min: 3, max: 6, unit: 'months' })).toBeUndefined();
	});
});
