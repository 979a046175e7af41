import { describe, expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	caseStudyEntry,
	exerciseEntry,
	pathwayEntry,
	ref,
	roleEntry,
} from '../../tests/fixtures/entries';
import { createAtlas } from './atlas';
import { caseStudyNextStep, exerciseNextStep } from './next-step';

const from = { background: ref('backgrounds', 'any') };
const pm = 'ai-product-manager';
const mle = 'ml-engineer';

const star = exerciseEntry('star', 'beginner', [pm], {
	title: 'STAR answers',
	summary: 'Tell it.',
});
const mapSkills = exerciseEntry('map', 'beginner', ['research-scientist', mle]);
const teamInterview = exerciseEntry('interview', 'intermediate', [mle, pm]);
const rice = exerciseEntry('rice', 'intermediate', [pm]);
const bridge = exerciseEntry('bridge', 'advanced', [pm, 'ai-application-builder']);
const design = exerciseEntry('design', 'advanced', [mle, pm]);
const mvp = exerciseEntry('mvp', 'advanced', [pm]);

const intoBuilder = pathwayEntry('swe-to-builder', from, 'ai-application-builder', {
	title: 'A → Builder',
	summary: 'Build.',
	exercises: [ref('exercises', 'bridge')],
});
const intoPm = pathwayEntry('mle-to-pm', from, pm, {
	title: 'B → PM',
	summary: 'Manage.',
	exercises: [ref('exercises', 'bridge'), ref('exercises', 'mvp')],
});

const atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [roleEntry(pm, { title: 'AI Product Manager', summary: 'Decides.' }), roleEntry(mle)],
	exercises: [star, mapSkills, teamInterview, rice, bridge, design, mvp],
	pathways: [intoBuilder, intoPm],
});

describe('exerciseNextStep', () => {
	test('is the first exercise a level up with the same main role', () => {
		expect(exerciseNextStep(atlas, star)).toMatchObject({ href: '/exercises/rice/' });
		expect(exerciseNextStep(atlas, rice)).toMatchObject({ href: '/exercises/bridge/' });
		expect(exerciseNextStep(atlas, teamInterview)).toMatchObject({ href: '/exercises/design/' });
	});

	test('falls back to one a level up for any of its roles', () => {
		expect(exerciseNextStep(atlas, mapSkills)).toMatchObject({ href: '/exercises/interview/' });
	});

	test('at the top level, is the plan into its main role that uses it', () => {
		expect(exerciseNextStep(atlas, bridge)).toEqual({
			lead: 'Put it to work in a plan, stage by stage:',
			href: '/pathways/mle-to-pm/',
			title: 'B → PM',
			summary: 'Manage.',
		});
		expect(exerciseNextStep(atlas, mvp)).toMatchObject({ href: '/pathways/mle-to-pm/' });
	});

	test('is the role finder for a top-level exercise no plan uses', () => {
		expect(exerciseNextStep(atlas, design)).toMatchObject({ href: '/find-your-role/' });
	});
});

describe('caseStudyNextStep', () => {
	test('is the first pathway the case names, before one that names the case', () => {
		const named = pathwayEntry('named', from, pm, { caseStudies: [ref('caseStudies', 'story')] });
		const study = caseStudyEntry('story', [pm], { pathways: [ref('pathways', 'mle-to-pm')] });
		const withBoth = createAtlas({ ...atlas, pathways: [named, intoBuilder, intoPm] });
		expect(caseStudyNextStep(withBoth, study)).toEqual({
			lead: 'Plan a move into this work, stage by stage:',
			href: '/pathways/mle-to-pm/',
			title: 'B → PM',
			summary: 'Manage.',
		});
		expect(caseStudyNextStep(withBoth, caseStudyEntry('story', [pm]))).toMatchObject({
			href: '/pathways/named/',
		});
	});

	test('is an exercise that draws on the case when no pathway shows it', () => {
		const study = caseStudyEntry('case', [pm]);
		const practice = exerciseEntry('practice', 'beginner', [pm], {
			caseStudies: [ref('caseStudies', 'case')],
		});
		const withPractice = createAtlas({ ...atlas, exercises: [practice] });
		expect(caseStudyNextStep(withPractice, study)).toMatchObject({
			lead: 'Practise on this case:',
			href: '/exercises/practice/',
		});
	});

	test('is the role it shows when nothing else links to it', () => {
		expect(caseStudyNextStep(atlas, caseStudyEntry('lone', [pm]))).toEqual({
			lead: 'Read the guide to the role it shows:',
			href: '/roles/ai-product-manager/',
			title: 'AI Product Manager',
			summary: 'Decides.',
		});
	});
});
