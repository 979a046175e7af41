import { expect, test } from 'vitest';
import { groupEvidence } from './evidence-groups';
import { evidenceMarkdown } from './markdown';
import type { Evidence } from './schema';
import { fullProgress, smallCatalogue } from '../../tests/fixtures/progress';

test('the evidence log reads as a list per pathway, exercises last, oldest first', () => {
	expect(evidenceMarkdown(groupEvidence(fullProgress().evidence ?? [], smallCatalogue()))).toBe(
		[
			'## What I have made',
			'',
			'### SWE → MLE',
			'',
			'- **Build a project**, 12 April 2026: A served model with a drift dashboard <https://github.com/example/served-model>',
			'',
			'### Exercises',
			'',
			'- **Map your skills to AI roles**, 1 April 2026: My scored matrix',
			'',
		].join('\n'),
	);
});

test('the reader’s words cannot become headings, links or markup', () => {
	const evidence: Evidence[] = [
		{
			key: 'gone/step',
			note: '# Big\n\n[click](javascript:x) <b>*bold*</b>',
			link: 'https://example.org/a?b=<c>',
			date: '2026-01-02',
			added: 1,
		},
	];
	expect(evidenceMarkdown(groupEvidence(evidence, smallCatalogue()))).toBe(
		[
			'## What I have made',
			'',
			'### Steps no longer on the site',
			'',
			'- **gone/step**, 2 January 2026: \\# Big \\[click\\](javascript:x) \\<b\\>\\*bold\\*\\</b\\> <https://example.org/a?b=%3Cc%3E>',
			'',
		].join('\n'),
	);
});
