import type { CataloguePathway, CatalogueStep } from './catalogue';
import type { Progress } from './schema';
import type { PlanStage } from './schedule';

/** The ways the progress islands walk a pathway of the catalogue. */

/** A pathway's steps in order, across its stages. */
export function stepsOf(pathway: CataloguePathway): CatalogueStep[] {
	return pathway.stages.flatMap((stage) => stage.steps);
}

/** The address of a step on its pathway page. */
export function stepHref(pathway: CataloguePathway, step: CatalogueStep): string {
	return `${pathway.href}#step-${step.key.slice(pathway.id.length + 1)}`;
}

/** A pathway's stages as dating needs them. */
export function planStagesOf(pathway: CataloguePathway): PlanStage[] {
	return pathway.stages.map(({ id, duration, steps }) => ({
		id,
		duration,
		keys: steps.map((step) => step.key),
	}));
}

/** The first step, in order, that is neither done nor skipped: what to do next. */
export function nextStep<T extends { key: string }>(
	entries: Progress['entries'],
	steps: readonly T[],
): T | undefined {
	return steps.find((step) => {
		const state = Object.hasOwn(entries, step.key) ? entries[step.key]?.state : undefined;
		return state !== 'done' && state !== 'skipped';
	});
}
