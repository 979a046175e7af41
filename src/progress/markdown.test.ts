import { expect, test } from 'vitest';
import { parseDay } from './calendar-date';
import { evidenceMarkdown, progressMarkdown } from './markdown';
import type { Evidence } from './schema';
import { fullProgress, smallCatalogue } from '../../tests/fixtures/progress';

const TODAY = parseDay('2026-06-15') ?? 0;

test('the evidence log reads as a list per pathway, exercises last, oldest first', () => {
	expect(evidenceMarkdown(fullProgress().evidence ?? [], smallCatalogue())).toBe(
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
	expect(evidenceMarkdown(evidence, smallCatalogue())).toBe(
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

test('the summary has the plan with dates, what was started and the evidence', () => {
	const text = progressMarkdown(fullProgress(), smallCatalogue(), TODAY);
	expect(text).toBe(
		[
			'# My AI Career Atlas progress',
			'',
			'Saved in my browser and exported on 15 June 2026. Dates come from my pace and the site’s planning estimates.',
			'',
			'## My plan',
			'',
			'1. **SWE → MLE**: 1 of 3 steps done, 1 skipped, 1 in progress. Next step: Build a project. Dates: 30 March 2026 to 11 May 2026, part time, 10 hours a week.',
			'2. **Analytics → Data Scientist**: 0 of 1 step done. Next step: Learn statistics.',
			'',
			'## Pathways started',
			'',
			'- **SWE → MLE**: 1 of 3 steps done, 1 skipped, 1 in progress. Next step: Build a project. Dates: 30 March 2026 to 11 May 2026, part time, 10 hours a week.',
			'',
			'## Exercises',
			'',
			'- **Map your skills to AI roles**: Done',
			'',
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
