import { expect, test } from 'vitest';
import { isoDay } from './calendar-date';
import { whatNext } from './whats-next';
import { emptyProgress, withState } from './store';
import { withSchedule } from './schedule-form';
import { smallCatalogue } from '../../tests/fixtures/progress';

const catalogue = smallCatalogue();
const summary = (next: ReturnType<typeof whatNext>) =>
	next && {
		pathway: next.pathway.id,
		step: next.step.key,
		stage: next.stage.id,
		dates: next.dates && `${isoDay(next.dates.start)}..${isoDay(next.dates.end)}`,
	};

test('a reader who has started nothing has nothing next', () => {
	expect(whatNext(emptyProgress(), catalogue)).toBeUndefined();
});

test('the first planned pathway with a step left comes first', () => {
	let progress = { ...emptyProgress(), plan: ['gone-from-site', 'analytics-to-data-scientist'] };
	progress = withState(progress, 'swe-to-mle/take-a-course', 'done', 5);
	expect(summary(whatNext(progress, catalogue))).toEqual({
		pathway: 'analytics-to-data-scientist',
		step: 'analytics-to-data-scientist/stats',
		stage: 'stats',
		dates: undefined,
	});
	progress = withState(progress, 'analytics-to-data-scientist/stats', 'done', 6);
	expect(summary(whatNext(progress, catalogue))?.step).toBe('swe-to-mle/learn-python');
});

test('without a plan, the pathway last marked comes first', () => {
	let progress = withState(emptyProgress(), 'swe-to-mle/take-a-course', 'done', 5);
	progress = withState(progress, 'analytics-to-data-scientist/stats', 'in-progress', 7);
	expect(summary(whatNext(progress, catalogue))?.pathway).toBe('analytics-to-data-scientist');
	progress = withState(progress, 'swe-to-mle/learn-python', 'skipped', 8);
	expect(summary(whatNext(progress, catalogue))).toEqual({
		pathway: 'swe-to-mle',
		step: 'swe-to-mle/build-a-project',
		stage: 'practice',
		dates: undefined,
	});
});

test('with dates, the next step’s stage comes with its dates', () => {
	const progress = withSchedule(
		{ ...emptyProgress(), plan: ['swe-to-mle'] },
		'swe-to-mle',
		{ start: '2026-03-23', hoursPerWeek: 10, weeks: {} },
		1,
	);
	expect(summary(whatNext(progress, catalogue))).toEqual({
		pathway: 'swe-to-mle',
		step: 'swe-to-mle/take-a-course',
		stage: 'foundations',
		dates: '2026-03-23..2026-06-21',
	});
});
