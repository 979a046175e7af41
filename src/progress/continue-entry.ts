import { h } from '../lib/dom';
import { describeStage } from './schedule';
import { stepHref } from './steps';
import type { WhatNext } from './whats-next';

/**
 * "Continue your plan" in one line, for the home page and `/progress/`: the pathway in progress,
 * its next step as a link to it, and, if the reader dated the pathway, the stage's dates.
 */
export function continueLine(next: WhatNext): (Node | string)[] {
	const { pathway, step, stage, dates } = next;
	return [
		h('a', { href: pathway.href }, pathway.title),
		'. Next step: ',
		h('a', { href: stepHref(pathway, step) }, step.title),
		dates ? ` (${stage.title}: ${describeStage(dates)}).` : '.',
	];
}
