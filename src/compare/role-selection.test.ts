import { describe, expect, test } from 'vitest';
import { describeIgnored, parseRoleSelection, selectionNotice } from './role-selection';

const known = ['data-scientist', 'ml-engineer', 'ai-product-manager', 'prompt-engineer'];

describe('parseRoleSelection', () => {
	test('keeps the roles asked for, in the order asked', () => {
		expect(parseRoleSelection('?roles=ml-engineer,data-scientist', known)).toEqual({
			roles: ['ml-engineer', 'data-scientist'],
			ignored: [],
			truncated: false,
		});
	});

	test('accepts what a form sends, spaces, capitals and encoded commas', () => {
		expect(parseRoleSelection('?roles=ml-engineer&roles=Data-Scientist', known)?.roles).toEqual([
			'ml-engineer',
			'data-scientist',
		]);
		expect(parseRoleSelection('?roles=+ml-engineer%2C%20prompt-engineer+', known)?.roles).toEqual([
			'ml-engineer',
			'prompt-engineer',
		]);
	});

	test('is undefined when the address names no role', () => {
		expect(parseRoleSelection('', known)).toBeUndefined();
		expect(parseRoleSelection('?other=1', known)).toBeUndefined();
		expect(parseRoleSelection('?roles=', known)).toBeUndefined();
		expect(parseRoleSelection('?roles=,,%20,', known)).toBeUndefined();
	});

	test('drops repeats', () => {
		expect(parseRoleSelection('?roles=ml-engineer,ML-ENGINEER,ml-engineer', known)?.roles).toEqual([
			'ml-engineer',
		]);
	});

	test.each([
		['markup', '?roles=<script>alert(1)</script>', ['<script>alert(1)</script>']],
		[
			'encoded markup',
			'?roles=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			['<img src=x onerror=alert(1)>'],
		],
		[
			'object keys',
			'?roles=__proto__,constructor,toString',
			['__proto__', 'constructor', 'tostring'],
		],
		['paths', '?roles=../../etc/passwd', ['../../etc/passwd']],
		['a look-alike letter', '?roles=ml-engіneer', ['ml-engіneer']],
		['broken percent escapes', '?roles=%E0%A4%A,%', ['\uFFFD%a', '%']],
		['a prefix of an id', '?roles=ml', ['ml']],
		['null bytes and newlines', '?roles=ml-engineer%00,%0Aprompt', ['ml-engineer\u0000', 'prompt']],
	])('ignores %s', (_, search, ignored) => {
		expect(parseRoleSelection(search, known)).toEqual({ roles: [], ignored, truncated: false });
	});

	test('keeps the real roles next to hostile values', () => {
		expect(parseRoleSelection('?roles=data-scientist,<b>x</b>,ml-engineer', known)).toEqual({
			roles: ['data-scientist', 'ml-engineer'],
			ignored: ['<b>x</b>'],
			truncated: false,
		});
	});

	test('reads no further than its limit in a huge address, and says so', () => {
		const search = `?roles=ml-engineer,${'x'.repeat(1_000_000)},data-scientist`;
		const selection = parseRoleSelection(search, known);
		expect(selection).toEqual({ roles: ['ml-engineer'], ignored: [], truncated: true });
		expect(selection && describeIgnored(selection)).toBe(
			'The address was longer than 1,000 characters, so only its start was read.',
		);
	});

	test('a role after the limit is not dropped without a note, nor one cut in half reported', () => {
		const padding = Array.from({ length: 200 }, (_, index) => `junk${index}`).join(',');
		const selection = parseRoleSelection(`?roles=${padding},ml-engineer`, known);
		expect(selection?.truncated).toBe(true);
		expect(selection?.ignored.every((value) => /^junk\d+$/.test(value))).toBe(true);
		expect(selection && describeIgnored(selection)).toMatch(
			/and \d+ more: not a role on this site\. The address was longer than 1,000 characters, so only its start was read\.$/,
		);
	});
});

describe('describeIgnored', () => {
	const ignoring = (ignored: string[]) => ({ roles: [], ignored, truncated: false });

	test('says nothing when nothing was ignored', () => {
		expect(describeIgnored(ignoring([]))).toBe('');
	});

	test('names at most three values, each cut short, and counts the rest', () => {
		const text = describeIgnored(ignoring(['a', 'b', 'x'.repeat(100), 'd', 'e']));
		expect(text).toBe(
			`Ignored “\u2068a\u2069”, “\u2068b\u2069”, “\u2068${'x'.repeat(30)}…\u2069” and 2 more: not a role on this site.`,
		);
	});

	test('shows control characters and direction overrides as "?", isolated from the sentence', () => {
		expect(describeIgnored(ignoring(['ml\u0000\u202Eengineer\n']))).toBe(
			'Ignored “\u2068ml??engineer?\u2069”: not a role on this site.',
		);
	});
});

describe('selectionNotice', () => {
	test('says how many of all the roles the address shows', () => {
		expect(
			selectionNotice(
				{ roles: ['ml-engineer', 'data-scientist'], ignored: [], truncated: false },
				16,
			),
		).toEqual({
			shown: 'Showing 2 of 16 roles, as the address asks.',
			ignored: '',
		});
	});

	test('says every role is shown when none matched, and names what was ignored', () => {
		expect(selectionNotice({ roles: [], ignored: ['nope'], truncated: false }, 16)).toEqual({
			shown: 'No role in the address matched, so all 16 roles are shown.',
			ignored: 'Ignored “\u2068nope\u2069”: not a role on this site.',
		});
	});
});
