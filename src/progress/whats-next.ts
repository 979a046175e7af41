import type { Catalogue, CataloguePathway, CatalogueStage, CatalogueStep } from './catalogue';
import type { Progress, Schedule } from './schema';
import { type DatedStage, datedStages } from './schedule';
import { nextStep, planStagesOf, stepsOf } from './steps';

/**
 * What a returning reader does next: the pathway in progress, its next step and, with dates, the
 * stage's dates. The home page and `/progress/` open on it.
 */

/** The next thing to do. */
export interface WhatNext {
	pathway: CataloguePathway;
	step: CatalogueStep;
	/** The stage the step is in, and, if the reader dated the pathway, its dates. */
	stage: CatalogueStage;
	dates?: DatedStage;
	schedule?: Schedule;
}

/** When the reader last marked any step of a pathway, or -1 if never. */
function lastTouched(progress: Progress, pathway: CataloguePathway): number {
	return Math.max(-1, ...stepsOf(pathway).map((step) => progress.entries[step.key]?.updated ?? -1));
}

/**
 * The pathway in progress: the first in the plan with a step left to do, or else the pathway the
 * reader last marked a step on, if it has one left. Nothing for a reader who has not started.
 */
export function whatNext(progress: Progress, catalogue: Catalogue): WhatNext | undefined {
	const byId = new Map(catalogue.pathways.map((pathway) => [pathway.id, pathway]));
	const planned = progress.plan.flatMap((id) => byId.get(id) ?? []);
	const started = catalogue.pathways
		.map((pathway) => ({ pathway, touched: lastTouched(progress, pathway) }))
		.filter(({ touched }) => touched >= 0)
		.sort((a, b) => b.touched - a.touched)
		.map(({ pathway }) => pathway);
	for (const pathway of [...planned, ...started]) {
		const step = nextStep(progress.entries, stepsOf(pathway));
		const index = pathway.stages.findIndex((stage) => step && stage.steps.includes(step));
		const stage = pathway.stages[index];
		if (!step || !stage) continue;
		const schedule = progress.schedules?.[pathway.id];
		const dates = schedule && datedStages(planStagesOf(pathway), schedule, progress.entries)[index];
		return { pathway, step, stage, ...(schedule && dates && { schedule, dates }) };
	}
	return undefined;
}
