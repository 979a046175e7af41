import { expect, test } from 'vitest';
import { groupEvidence, sortedEvidence, withoutEvidence } from './evidence-groups';
import type { Evidence } from './schema';
import { fullProgress, smallCatalogue } from '../../tests/fixtures/progress';

test('groups follow the site’s order, items only with evidence, pieces oldest first', () => {
	const evidence: Evidence[] = [
		{ key: 'exercise/map-your-skills', note: 'Second', date: '2026-05-02', added: 2 },
		{ key: 'swe-to-mle/build-a-project', note: 'Only', date: '2026-05-01', added: 3 },
		{ key: 'exercise/map-your-skills', note: 'First', date: '2026-05-01', added: 9 },
	];
	const groups = groupEvidence(evidence, smallCatalogue());
	expect(
		groups.map(({ title, items }) => [
			title,
			items.map((item) => [item.href, item.pieces.map((p) => p.note)]),
		]),
	).toEqual([
		['SWE → MLE', [['/pathways/swe-to-mle/#step-build-a-project', ['Only']]]],
		['Exercises', [['/exercises/map-your-skills/', ['First', 'Second']]]],
	]);
	expect(groupEvidence([], smallCatalogue())).toEqual([]);
});

test('pieces sort by date, then by when they were recorded', () => {
	const piece = (date: string, added: number): Evidence => ({ key: 'p/s', note: 'n', date, added });
	expect(
		sortedEvidence([piece('2026-05-02', 1), piece('2026-05-01', 9), piece('2026-05-01', 3)]),
	).toEqual([piece('2026-05-01', 3), piece('2026-05-01', 9), piece('2026-05-02', 1)]);
});

test('one piece is removed, by item and time, and nothing else', () => {
	const progress = fullProgress();
	const removed = withoutEvidence(progress, 'exercise/map-your-skills', 7000);
	expect(removed.evidence).toEqual(progress.evidence?.slice(0, 1));
	expect(withoutEvidence(progress, 'exercise/map-your-skills', 1).evidence).toEqual(
		progress.evidence,
	);
});
