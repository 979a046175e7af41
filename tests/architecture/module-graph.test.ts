import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { boundaryViolations, importCycles, islandEntries, readSources } from './module-graph';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = readSources(root);

describe('the browser/build boundary', () => {
	test('finds the islands, so the check below has something to check', () => {
		const islands = islandEntries(sources).map((entry) => entry.from);
		expect(islands).toEqual(
			expect.arrayContaining([
				'src/progress/ProgressPanel.astro',
				'src/progress/ProgressPage.astro',
				'src/progress/BackupPage.astro',
				'src/recommender/Recommender.astro',
				'src/search/Search.astro',
				'src/worksheets/SkillsMatrix.astro',
			]),
		);
	});

	test('no module an island loads imports Node, Zod, the content layer or build-only code', () => {
		const report = boundaryViolations(sources).map(
			({ chain, reason }) => `${chain.join(' → ')}: ${reason}`,
		);
		expect(report).toEqual([]);
	});

	test('reports a Node import however deep it sits behind an island', () => {
		const files = new Map([
			['src/x/X.astro', `<div></div>\n<script src="./x-element.ts"></script>`],
			['src/x/x-element.ts', `import type { A } from '../build/a';\nimport { b } from './b';`],
			['src/x/b.ts', `import { readFile } from 'node:fs/promises';\nexport const b = 1;`],
			['src/build/a.ts', `export type A = string;`],
		]);
		expect(boundaryViolations(files)).toEqual([
			{
				chain: ['src/x/X.astro', 'src/x/x-element.ts', 'src/x/b.ts', 'node:fs/promises'],
				reason: 'imports node:fs/promises, which exists only in Node',
			},
		]);
	});

	test('reports Zod and build-only modules reached from an inline island script', () => {
		const files = new Map([
			['src/y/Y.astro', `<script>\n\timport { s } from './s';\n</script>`],
			['src/y/s.ts', `import { z } from 'astro/zod';\nimport { csp } from '../build/csp';`],
			['src/build/csp.ts', `export const csp = 1;`],
		]);
		expect(boundaryViolations(files).map((violation) => violation.reason)).toEqual([
			"imports astro/zod, too large for an island's budget",
			'imports src/build/csp.ts, build-only code',
		]);
	});

	test('follows a script the component bundles as one file and loads by address', () => {
		const files = new Map([
			[
				'src/w/W.astro',
				`---\nimport script from './w-element.ts?worker&url';\n---\n<script type="module" src={script} is:inline></script>`,
			],
			['src/w/w-element.ts', `import { readFile } from 'node:fs/promises';`],
		]);
		expect(boundaryViolations(files).map((violation) => violation.chain)).toEqual([
			['src/w/W.astro', 'src/w/w-element.ts', 'node:fs/promises'],
		]);
	});
});

describe('import cycles', () => {
	test('no module imports itself through others, type imports included', () => {
		expect(importCycles(sources)).toEqual([]);
	});

	test('finds a cycle made only of type imports', () => {
		const files = new Map([
			['src/a.ts', `import type { B } from './b';`],
			['src/b.ts', `import { a } from './a';`],
		]);
		expect(importCycles(files)).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
	});
});
