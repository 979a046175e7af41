import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, dist } from './built-site';
import {
	type FoundLink,
	brokenReason,
	fileFor,
	isInternal,
	isStateFragment,
	linksOf,
	siteOrigin,
} from './links';

const pages = builtPages();
const origin = siteOrigin(pages);
const links = pages.flatMap((page) => linksOf(page, origin));
const internal = links.filter((link) => isInternal(link, origin));
const describeLink = (link: FoundLink) => `${link.page} → ${link.raw}`;

describe('links across the built site', () => {
	test('the crawl finds the links of every page, components included', () => {
		// Every page links at least to the home page, its styles and the section indexes.
		const pagesWithLinks = new Set(internal.map((link) => link.page));
		expect([...pagesWithLinks].sort()).toEqual(pages.map((page) => page.path).sort());
		expect(internal.length).toBeGreaterThan(pages.length * 10);
	});

	test('no internal link or resource is broken, and every #anchor exists', () => {
		const broken = internal.flatMap((link) => {
			const reason = brokenReason(link);
			return reason ? [`${describeLink(link)}: ${reason}`] : [];
		});
		expect(broken).toEqual([]);
		// Parsing every page's anchors takes a few seconds once the site has thousands of links.
	}, 60_000);

	test('no link uses javascript: or a protocol-relative address', () => {
		const suspicious = links.filter(
			(link) => link.url.protocol === 'javascript:' || link.raw.startsWith('//'),
		);
		expect(suspicious.map(describeLink)).toEqual([]);
	});

	test('every url() in the built CSS is local or inline', () => {
		const sheets = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
		expect(sheets.length).toBeGreaterThan(0);
		const problems = sheets.flatMap((sheet) =>
			[...readFileSync(join(dist, '_astro', sheet), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
				.map((match) => match[2] ?? '')
				.filter((ref) => !ref.startsWith('data:') && !ref.startsWith('#'))
				.filter((ref) => {
					const url = new URL(ref, new URL(`/_astro/${sheet}`, origin));
					return url.origin !== origin || fileFor(url) === undefined;
				})
				.map((ref) => `${sheet}: ${ref}`),
		);
		expect(problems).toEqual([]);
	});
});

describe('fragments', () => {
	test('key=value fragments are page state, anything else must be an anchor', () => {
		expect(isStateFragment('background=academia&years=5&skills=python:3,sql:2')).toBe(true);
		expect(isStateFragment('pay=')).toBe(true);
		expect(isStateFragment('what-the-role-is')).toBe(false);
		expect(isStateFragment('step-2022')).toBe(false);
	});
});
