import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ContentPage } from '../atlas/content-pages';
import { formatLastUpdated, lastCommitDates, newestDates, pageDates } from './last-updated';

describe('newestDates', () => {
	test('keeps the newest date of each file, whatever order the commits come in', () => {
		const log = [
			'',
			'2026-03-01T10:00:00+00:00\n\nM\tcontent/a.mdx\nM\tcontent/b.mdx\n',
			'2026-05-01T10:00:00+02:00\n\nM\tcontent/b.mdx\n',
			'2026-01-01T10:00:00+00:00\n\nA\tcontent/a.mdx\nA\tcontent/c.mdx\n',
		].join('\0');
		expect(Object.fromEntries(newestDates(log))).toEqual({
			'content/a.mdx': '2026-03-01T10:00:00+00:00',
			'content/b.mdx': '2026-05-01T10:00:00+02:00',
			'content/c.mdx': '2026-01-01T10:00:00+00:00',
		});
	});

	test('dates a file moved without a change by its history under the old name', () => {
		const log = [
			'',
			'2026-06-01T00:00:00+00:00\n\nR100\tcontent/a.mdx\tcontent/a.md\nR087\tcontent/b.mdx\tcontent/b.md\n',
			'2026-03-01T00:00:00+00:00\n\nM\tcontent/a.mdx\n',
			'2026-01-01T00:00:00+00:00\n\nA\tcontent/a.mdx\nA\tcontent/b.mdx\n',
		].join('\0');
		expect(Object.fromEntries(newestDates(log))).toMatchObject({
			'content/a.md': '2026-03-01T00:00:00+00:00',
			'content/b.md': '2026-06-01T00:00:00+00:00',
		});
	});

	test('reads nothing from empty output', () => {
		expect(newestDates('').size).toBe(0);
	});
});

describe('lastCommitDates', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'atlas-last-updated-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));
	const git = (cwd: string, args: string[], date = '2026-01-01T00:00:00Z') =>
		execFileSync('git', args, {
			cwd,
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Test',
				GIT_AUTHOR_EMAIL: 'test@example.org',
				GIT_COMMITTER_NAME: 'Test',
				GIT_COMMITTER_EMAIL: 'test@example.org',
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
			},
		});
	const write = (root: string, file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	const repository = join(scratch, 'repository');
	mkdirSync(repository);
	git(repository, ['init', '--quiet']);
	write(repository, 'content/roles/a.mdx', 'one');
	write(repository, 'content/roles/b.mdx', 'one');
	write(repository, 'README.md', 'outside content');
	git(repository, ['add', '.']);
	git(repository, ['commit', '--quiet', '-m', 'first'], '2026-02-01T09:00:00Z');
	write(repository, 'content/roles/b.mdx', 'two');
	write(repository, 'README.md', 'changed later, outside content');
	git(repository, ['commit', '--quiet', '-am', 'second'], '2026-03-15T12:30:00Z');

	test('dates a file that a merge combined from both sides to the merge, as git log does', () => {
		const merged = join(scratch, 'merged');
		git(scratch, ['clone', '--quiet', repository, merged]);
		write(merged, 'content/roles/c.mdx', 'one\ntwo\nthree\n');
		git(merged, ['add', '.']);
		git(merged, ['commit', '--quiet', '-m', 'c'], '2026-04-01T00:00:00Z');
		git(merged, ['checkout', '--quiet', '-b', 'side']);
		write(merged, 'content/roles/c.mdx', 'ONE\ntwo\nthree\n');
		git(merged, ['commit', '--quiet', '-am', 'side'], '2026-04-02T00:00:00Z');
		git(merged, ['checkout', '--quiet', '-']);
		write(merged, 'content/roles/c.mdx', 'one\ntwo\nTHREE\n');
		git(merged, ['commit', '--quiet', '-am', 'main'], '2026-04-03T00:00:00Z');
		git(merged, ['merge', '--quiet', '--no-edit', 'side'], '2026-04-04T00:00:00Z');
		const expected = execFileSync(
			'git',
			['log', '-1', '--format=%cI', '--', 'content/roles/c.mdx'],
			{
				cwd: merged,
				encoding: 'utf8',
			},
		).trim();
		expect(new Date(expected).toISOString()).toBe('2026-04-04T00:00:00.000Z');
		expect(lastCommitDates(merged, 'content')['content/roles/c.mdx']).toBe(expected);
	});

	test("gives each file under the folder its last commit's date, by path from the root", () => {
		const dates = lastCommitDates(repository, 'content');
		expect(Object.keys(dates).sort()).toEqual(['content/roles/a.mdx', 'content/roles/b.mdx']);
		expect(new Date(dates['content/roles/a.mdx'] ?? '').toISOString()).toBe(
			'2026-02-01T09:00:00.000Z',
		);
		expect(new Date(dates['content/roles/b.mdx'] ?? '').toISOString()).toBe(
			'2026-03-15T12:30:00.000Z',
		);
	});

	test('keeps the date of a file renamed without a change, as readers saw no change', () => {
		const moved = join(scratch, 'moved');
		git(scratch, ['clone', '--quiet', repository, moved]);
		git(moved, ['mv', 'content/roles/a.mdx', 'content/roles/a.md']);
		git(moved, ['commit', '--quiet', '-m', 'rename'], '2026-05-01T00:00:00Z');
		const dates = lastCommitDates(moved, 'content');
		expect(Object.keys(dates).sort()).toEqual(['content/roles/a.md', 'content/roles/b.mdx']);
		expect(new Date(dates['content/roles/a.md'] ?? '').toISOString()).toBe(
			'2026-02-01T09:00:00.000Z',
		);
	});

	test('dates nothing in a shallow clone, whose one commit would date every file alike', () => {
		const clone = join(scratch, 'shallow');
		git(scratch, ['clone', '--quiet', '--depth', '1', `file://${repository}`, clone]);
		expect(lastCommitDates(clone, 'content')).toEqual({});
	});

	test('dates nothing outside a git checkout', () => {
		const plain = join(scratch, 'plain');
		write(plain, 'content/roles/a.mdx', 'one');
		expect(lastCommitDates(plain, 'content')).toEqual({});
	});
});

describe('pageDates', () => {
	const page = (path: string, file: string | undefined): ContentPage => ({
		kind: 'role',
		section: 'Roles',
		path,
		title: path,
		summary: '',
		file,
	});

	test('dates the pages whose file git knows, and leaves the others undated', () => {
		const dates = pageDates(
			[page('/roles/a/', 'content/roles/a.mdx'), page('/roles/new/', 'content/roles/new.mdx')],
			{ 'content/roles/a.mdx': '2026-02-01T09:00:00+00:00' },
		);
		expect([...dates.keys()]).toEqual(['/roles/a/']);
		expect(dates.get('/roles/a/')?.toISOString()).toBe('2026-02-01T09:00:00.000Z');
	});

	test('dates no page without a source file', () => {
		expect(pageDates([page('/roles/a/', undefined)], { '': '2026-02-01' }).size).toBe(0);
	});
});

describe('formatLastUpdated', () => {
	test.each(['en', 'en-GB', 'fr', 'ja'])('writes the day as Starlight does in %s', (lang) => {
		for (const iso of ['2026-12-01T23:30:00+00:00', '2025-01-01T00:00:00-05:00', '2024-02-29']) {
			const date = new Date(iso);
			expect(formatLastUpdated(date, lang)).toBe(
				date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
			);
		}
	});

	test('writes the day in UTC, where the commit dates are', () => {
		expect(formatLastUpdated(new Date('2026-12-01T23:30:00-05:00'), 'en-GB')).toBe('2 Dec 2026');
	});
});
