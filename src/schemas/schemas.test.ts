import { describe, expect, test } from 'vitest';
import { PathwaySchema } from './pathway';
import { RoleSchema } from './role';

const stage = (id: string, stepIds: string[], unit: 'weeks' | 'months' = 'months') => ({
	id,
	title: id,
	duration: { min: 1, max: 2, unit },
	steps: stepIds.map((stepId) => ({ id: stepId, title: stepId, kind: 'learn' })),
});

const pathway = (stages: unknown[]) => ({
	title: 'A → B',
	summary: 'A move.',
	from: { background: 'software_engineering' },
	to: 'ml-engineer',
	audience: 'Engineers.',
	carriesOver: ['Testing'],
	gaps: ['ML'],
	stages,
	sources: { documents: ['ai-ecosystem-and-careers'] },
});

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
	result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('PathwaySchema', () => {
	test('accepts unique step ids and resolves references', () => {
		const result = PathwaySchema.safeParse(
			pathway([stage('a', ['one', 'two']), stage('b', ['three'])]),
		);
		expect(result.success).toBe(true);
		expect(result.data?.to).toEqual({ id: 'ml-engineer', collection: 'roles' });
	});

	test('names the duplicate step id field, across stages too', () => {
		const result = PathwaySchema.safeParse(
			pathway([stage('a', ['one', 'two']), stage('b', ['one'])]),
		);
		expect(result.success).toBe(false);
		expect(issuePaths(result)).toEqual(['stages.1.steps.0.id']);
		expect(result.error?.issues[0]?.message).toContain(
			'duplicate id "one", first used at stages.0.steps.0.id',
		);
	});

	test('refuses stages counted in different units', () => {
		const result = PathwaySchema.safeParse(
			pathway([stage('a', ['one']), stage('b', ['two'], 'weeks')]),
		);
		expect(issuePaths(result)).toEqual(['stages.1.duration.unit']);
	});

	test('refuses a step id that is not a slug', () => {
		const result = PathwaySchema.safeParse(pathway([stage('a', ['Step One'])]));
		expect(issuePaths(result)).toEqual(['stages.0.steps.0.id']);
	});

	test('requires a Sources box, naming the field', () => {
		const { sources: _left, ...unsourced } = pathway([stage('a', ['one'])]);
		expect(issuePaths(PathwaySchema.safeParse(unsourced))).toEqual(['sources']);
	});

	test('requires every step but a learn step to say what done looks like', () => {
		const step = (kind: string, done?: string) => ({ id: kind, title: kind, kind, done });
		const result = PathwaySchema.safeParse(
			pathway([
				{ ...stage('a', []), steps: [step('learn'), step('project'), step('move', 'Moved.')] },
			]),
		);
		expect(issuePaths(result)).toEqual(['stages.0.steps.1.done']);
	});

	test('needs exactly one starting point', () => {
		const both = { ...pathway([stage('a', ['one'])]), from: { role: 'x', background: 'y' } };
		expect(issuePaths(PathwaySchema.safeParse(both))).toEqual(['from']);
	});
});

describe('RoleSchema', () => {
	const role = {
		title: 'ML Engineer',
		summary: 'Ships models.',
		audience: 'Software engineers who want to add ML.',
		family: 'engineering',
		focus: 'Production ML systems',
		coreSkills: ['Python'],
		background: 'CS',
		expects: 'Engineering.',
		keySkills: ['python'],
		compensation: { min: 150000, max: 350000, currency: 'USD', year: 2026, source: 'seed 002' },
		fit: { signals: ['You like systems.'], workplace: [], proof: [] },
		sources: { documents: ['ai-ecosystem-and-careers'] },
	};

	test('accepts a complete role and fills defaults', () => {
		const result = RoleSchema.safeParse(role);
		expect(result.success).toBe(true);
		expect(result.data?.aliases).toEqual([]);
		expect(result.data?.compensation?.basis).toBe('unstated');
	});

	test('refuses min compensation above max, naming the field', () => {
		const result = RoleSchema.safeParse({
			...role,
			compensation: { ...role.compensation, min: 400000 },
		});
		expect(issuePaths(result)).toEqual(['compensation.min']);
	});

	test('requires fit and sources, and every fit list written out, naming the fields', () => {
		const { fit: _fit, sources: _sources, ...bare } = role;
		expect(issuePaths(RoleSchema.safeParse(bare))).toEqual(['fit', 'sources']);
		const partial = { ...role, fit: { signals: [], proof: [] } };
		expect(issuePaths(RoleSchema.safeParse(partial))).toEqual(['fit.workplace']);
	});

	test('refuses a family outside the enum', () => {
		expect(issuePaths(RoleSchema.safeParse({ ...role, family: 'wizardry' }))).toEqual(['family']);
	});

	test('requires emerging roles to say what they evolved from', () => {
		expect(issuePaths(RoleSchema.safeParse({ ...role, family: 'emerging' }))).toEqual([
			'evolvedFrom',
		]);
		expect(
			RoleSchema.safeParse({ ...role, family: 'emerging', evolvedFrom: { role: 'ml-engineer' } })
				.success,
		).toBe(true);
	});
});
