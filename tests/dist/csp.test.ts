import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages, dist, documentOf } from './built-site';

/**
 * The Content-Security-Policy of every built page, checked against the page itself: the hashes
 * are computed here again, independently of the build's own code, from what the browser runs.
 */
const pages = builtPages();
const cases = pages.map((page) => [page.path, page] as const);

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A policy as a map from directive name to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name = '', ...sources]) => [name, sources]),
	);
}

const policyOf = (page: BuiltPage) =>
	documentOf(page)
		.querySelectorAll('meta[http-equiv="content-security-policy"]')
		.map((meta) => meta.getAttribute('content') ?? '');

/** Inline code the browser checks against the policy: scripts it runs, styles, style attributes. */
function inlineCode(page: BuiltPage) {
	const document = documentOf(page);
	return {
		scripts: document
			.querySelectorAll('script:not([src])')
			.filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
			.map((script) => script.rawText),
		styles: document.querySelectorAll('style').map((style) => style.rawText),
		attributes: document.querySelectorAll('[style]').map((el) => el.getAttribute('style') ?? ''),
	};
}

describe('every page has a strict Content-Security-Policy', () => {
	test.each(cases)('%s has one policy, first thing after <meta charset>', (_, page) => {
		expect(policyOf(page)).toHaveLength(1);
		expect(page.html).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\s*\/?><meta http-equiv="content-security-policy"/);
	});

	test.each(cases)('%s allows no eval, no plugins, no foreign base', (_, page) => {
		const policy = parsePolicy(policyOf(page)[0] ?? '');
		expect(policyOf(page)[0]).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*/);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	});

	test.each(cases)('%s lists the hash of every inline script and style', (_, page) => {
		const policy = parsePolicy(policyOf(page)[0] ?? '');
		const { scripts, styles, attributes } = inlineCode(page);
		expect(scripts.length).toBeGreaterThan(0);
		const missing = (texts: string[], directive: string) =>
			texts.filter((text) => !policy.get(directive)?.includes(hash(text)));
		expect(missing(scripts, 'script-src')).toEqual([]);
		expect(missing(styles, 'style-src')).toEqual([]);
		expect(missing(attributes, 'style-src-attr')).toEqual([]);
	});
});

describe('the _headers file', () => {
	const headers = readFileSync(join(dist, '_headers'), 'utf8');
	const policy = parsePolicy(/Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '');

	test('covers every page, and forbids framing, which only a header can', () => {
		expect(headers.startsWith('/*\n')).toBe(true);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		const needed = pages.flatMap((page) => inlineCode(page).scripts.map(hash));
		expect(needed.filter((source) => !policy.get('script-src')?.includes(source))).toEqual([]);
		expect(headers).toContain('X-Content-Type-Options: nosniff');
	});
});
