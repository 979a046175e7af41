import { h } from '../lib/dom';
import { stepHref, type WhatNext } from './whats-next';

/**
 * "Continue your plan" in one line, for the home page and `/progress/`: the pathway in progress
 * and its next step, each a link ("Software Engineer → ML Engineer. Next step: Learn …").
 */
export function continueLine({ pathway, step }: WhatNext): (Node | string)[] {
	return [
		h('a', { href: pathway.href }, pathway.title),
		'. Next step: ',
		h('a', { href: stepHref(pathway, step) }, step.title),
		'.',
	];
}
