import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, documentOf, entryIds } from './built-site';

/**
 * The date each content page shows as last changed, against git itself: the last commit of the
 * page's source file, or no date at all in a shallow clone or for a file git does not know.
 * Pages that are not written content (indexes, tools, the home page) show none.
 */
const root = resolve(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

const sources = new Map<string, string>([
	...entryIds('roles').map((id) => [`/roles/${id}/`, `content/roles/${id}.mdx`] as const),
	...entryIds('pathways').map((id) => [`/pathways/${id}/`, `content/pathways/${id}.mdx`] as const),
	...entryIds('case-studies').map(
		(id) => [`/case-studies/${id}/`, `content/case-studies/${id}.mdx`] as const,
	),
	...entryIds('exercises').map((id) => [`/exercises/${id}/`, `content/exercises/${id}.mdx`] as const),
	...entryIds('docs/guides').map((id) => [`/guides/${id}/`, `content/docs/guides/${id}.mdx`] as const),
]);

/** The date a page's footer shows, as the `<time datetime>` Starlight writes. */
const shown = (path: string) => {
	const page = builtPages().find((candidate) => candidate.path === path);
	if (!page) throw new Error(`${path} was not built`);
	return documentOf(page).querySelector('footer time')?.getAttribute('datetime');
};

describe.each([...sources])('%s', (path, file) => {
	test(shallow ? 'shows no date in a shallow clone' : 'shows the date its file was last committed', () => {
		const committed = shallow ? '' : git('log', '-1', '--format=%cI', '--', file);
		const expected = committed ? new Date(committed).toISOString() : undefined;
		expect(shown(path)).toBe(expected);
	});
});

test('pages that are not written content show no date', () => {
	const others = builtPages().filter((page) => !sources.has(page.path));
	expect(others.length).toBeGreaterThan(0);
	for (const page of others) expect(shown(page.path), page.path).toBeUndefined();
});
