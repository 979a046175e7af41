import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, documentOf, entryIds } from './built-site';

/**
 * The date each content page shows as last changed, against git itself: the last commit that
 * changed the page's source file (a move alone does not), or no date at all in a shallow clone
 * or for a file git does not know.
 * Pages that are not written content (indexes, tools, the home page) show none.
 */
const root = resolve(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

/** A page's source file: Markdown, or MDX when it imports components. */
const sourceFile = (folder: string, id: string) =>
	[`content/${folder}/${id}.md`, `content/${folder}/${id}.mdx`].find((file) =>
		existsSync(resolve(root, file)),
	) ?? `content/${folder}/${id}.md`;

const sources = new Map<string, string>(
	(
		[
			['roles', '/roles/'],
			['pathways', '/pathways/'],
			['case-studies', '/case-studies/'],
			['exercises', '/exercises/'],
			['docs/guides', '/guides/'],
		] as const
	).flatMap(([folder, prefix]) =>
		entryIds(folder).map((id) => [`${prefix}${id}/`, sourceFile(folder, id)] as const),
	),
);

/**
 * The date of the last commit that changed a file's text, as `git log -1 -- <file>` tells it,
 * except that a commit that only moved the file (`R100`) changed nothing a reader sees: then the
 * file's history under its old name counts.
 */
const lastChanged = (file: string, from = 'HEAD'): string => {
	const [hash = '', date = ''] = git('log', '-1', '--format=%H %cI', from, '--', file).split(' ');
	if (!hash) return '';
	const moved = git('show', '--find-renames', '--name-status', '--format=', hash)
		.split('\n')
		.map((line) => line.split('\t'))
		.find(([status, , to]) => status === 'R100' && to === file);
	return moved?.[1] ? lastChanged(moved[1], `${hash}^`) : date;
};

/** The date a page's footer shows, as the `<time datetime>` Starlight writes. */
const shown = (path: string) => {
	const page = builtPages().find((candidate) => candidate.path === path);
	if (!page) throw new Error(`${path} was not built`);
	return documentOf(page).querySelector('footer time')?.getAttribute('datetime');
};

describe.each([...sources])('%s', (path, file) => {
	test(shallow ? 'shows no date in a shallow clone' : 'shows the date its file was last committed', () => {
		const committed = shallow ? '' : lastChanged(file);
		const expected = committed ? new Date(committed).toISOString() : undefined;
		expect(shown(path)).toBe(expected);
	});
});

test('pages that are not written content show no date', () => {
	const others = builtPages().filter((page) => !sources.has(page.path));
	expect(others.length).toBeGreaterThan(0);
	for (const page of others) expect(shown(page.path), page.path).toBeUndefined();
});
