import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Broken content must fail `astro sync` or `astro build` with a message that names the file and
 * the field. Each case copies this repo's `src/` and a small valid fixture into a throwaway project
 * inside the repo (so packages resolve from its `node_modules/`), breaks one thing, runs Astro and
 * reads what it printed.
 */
const repo = resolve(import.meta.dirname, '../..');
const fixture = join(repo, 'tests/fixtures/valid-content');
const scratch = join(repo, 'tests/.output/bad-content');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
/** Removing every scratch project can take a while on a busy machine. */
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

interface Case {
	name: string;
	/** The content file the case breaks, relative to the content folder. */
	file: string;
	/** Breaks the file's text. */
	breakIt: (text: string) => string;
	/** The field the error must name. */
	field: string;
	/** `sync` suffices for schema errors; cross-references are checked when pages are built. */
	command: 'sync' | 'build';
}

/** Creates a project around a copy of the fixture content and runs one Astro command in it. */
function runAstro(name: string, command: 'sync' | 'build', edit?: Pick<Case, 'file' | 'breakIt'>) {
	const root = join(scratch, name);
	cpSync(fixture, join(root, 'content'), { recursive: true });
	for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src']) {
		cpSync(join(repo, file), join(root, file), { recursive: true });
	}
	if (edit) {
		const path = join(root, 'content', edit.file);
		const text = readFileSync(path, 'utf8');
		const broken = edit.breakIt(text);
		expect(broken, `the "${name}" case must change ${edit.file}`).not.toBe(text);
		writeFileSync(path, broken);
	}
	const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, command, '--root', root], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const cases: Case[] = [
	{
		name: 'missing-required-field',
		file: 'roles/ml-engineer.md',
		breakIt: (text) => text.replace('focus: Production ML systems\n', ''),
		field: 'focus',
		command: 'sync',
	},
	{
		name: 'value-outside-enum',
		file: 'exercises/fixture-exercise.md',
		breakIt: (text) => text.replace('level: beginner', 'level: expert'),
		field: 'level',
		command: 'sync',
	},
	{
		name: 'min-above-max',
		file: 'roles/ml-engineer.md',
		breakIt: (text) => text.replace('min: 150000', 'min: 450000'),
		field: 'compensation.min',
		command: 'sync',
	},
	{
		name: 'duplicate-step-id',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) => text.replace('id: build-a-project', 'id: take-a-course'),
		field: 'stages.0.steps.1.id',
		command: 'sync',
	},
	{
		name: 'reference-to-missing-role',
		file: 'case-studies/fixture-study.md',
		breakIt: (text) => text.replace('roles: [ml-engineer]', 'roles: [ml-enginer]'),
		field: 'roles.0',
		command: 'build',
	},
	{
		name: 'reference-to-missing-exercise',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) =>
			text.replace('exercises: [fixture-exercise]', 'exercises: [no-such-exercise]'),
		field: 'exercises.0',
		command: 'build',
	},
	{
		name: 'case-study-without-sources',
		file: 'case-studies/fixture-study.md',
		breakIt: (text) => text.replace(/^sources:\n(?: .*\n)+/m, ''),
		field: 'sources',
		command: 'sync',
	},
	{
		name: 'role-without-fit',
		file: 'roles/ml-engineer.md',
		breakIt: (text) => text.replace(/^fit:\n(?: .*\n)+/m, ''),
		field: 'fit',
		command: 'sync',
	},
	{
		name: 'fit-list-left-out',
		file: 'roles/ml-engineer.md',
		breakIt: (text) => text.replace('  workplace: []\n', ''),
		field: 'fit.workplace',
		command: 'sync',
	},
	{
		name: 'project-step-without-done',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) => text.replace(', done: A deployed project.', ''),
		field: 'stages.0.steps.1.done',
		command: 'sync',
	},
	{
		name: 'reference-to-missing-source-document',
		file: 'exercises/fixture-exercise.md',
		breakIt: (text) => text.replace('documents: [fixture-source]', 'documents: [no-such-source]'),
		field: 'sources.documents.0',
		command: 'build',
	},
	{
		name: 'resource-address-not-https',
		file: 'resources/fixture-framework.yaml',
		breakIt: (text) => text.replace('url: https://', 'url: http://'),
		field: 'url',
		command: 'sync',
	},
	{
		name: 'step-with-missing-exercise',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) => text.replace('exercise: fixture-exercise', 'exercise: no-such-exercise'),
		field: 'stages.0.steps.0.exercise',
		command: 'build',
	},
	{
		name: 'step-with-missing-resource',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) =>
			text.replace('resources: [fixture-framework]', 'resources: [no-such-resource]'),
		field: 'stages.0.steps.0.resources.0',
		command: 'build',
	},
	{
		name: 'step-with-missing-guide',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) => text.replace('guide: guides/fixture-guide', 'guide: guides/no-such-guide'),
		field: 'stages.0.steps.0.guide',
		command: 'build',
	},
	{
		name: 'step-with-missing-skill',
		file: 'pathways/swe-to-mle.md',
		breakIt: (text) => text.replace('skills: [python]', 'skills: [no-such-skill]'),
		field: 'stages.0.steps.0.skills.0',
		command: 'build',
	},
	{
		name: 'term-related-to-missing-term',
		file: 'terms/fixture-term.yaml',
		breakIt: (text) => text.replace('related: [fixture-related-term]', 'related: [no-such-term]'),
		field: 'related.0',
		command: 'build',
	},
];

describe('bad content fails the build, naming file and field', () => {
	test('the unbroken fixture builds', () => {
		const { status, output } = runAstro('valid', 'build');
		expect(output).toContain('Complete!');
		expect(status).toBe(0);
	});

	test.each(cases)('$name', ({ name, file, breakIt, field, command }) => {
		const { status, output } = runAstro(name, command, { file, breakIt });
		expect(status).not.toBe(0);
		expect(output).toContain(file);
		expect(output).toMatch(new RegExp(`\\b${field.replaceAll('.', '\\.')}\\b`));
	});
});
