import type { Catalogue, CataloguePathway, CatalogueStep } from './catalogue';
import type { Progress } from './schema';
import { nextStep } from './summary';

/**
 * What a returning reader does next: the pathway in progress and its next step. "Continue your
 * plan", on the home page and at the top of `/progress/`, opens on it.
 */

/** The next thing to do. */
export interface WhatNext {
	pathway: CataloguePathway;
	step: CatalogueStep;
}

/** When the reader last marked any step of a pathway, or -1 if never. */
function lastTouched(progress: Progress, pathway: CataloguePathway): number {
	return Math.max(-1, ...pathway.steps.map((step) => progress.entries[step.key]?.updated ?? -1));
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
		const step = nextStep(progress.entries, pathway.steps);
		if (step) return { pathway, step };
	}
	return undefined;
}

/** A step's address: its pathway's page, at the step. */
export function stepHref(pathway: CataloguePathway, step: CatalogueStep): string {
	return `${pathway.href}#step-${step.key.slice(pathway.id.length + 1)}`;
}
