import { describe, expect, test } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	describeIgnored,
	parseRoleSelection,
	selectionNotice,
} from './role-selection';

const known = ['data-scientist', 'ml-engineer', 'ai-product-manager', 'prompt-engineer'];

describe('parseRoleSelection', () => {
	test('keeps the roles asked for, in the order asked', () => {
		expect(parseRoleSelection('?roles=ml-engineer,data-scientist', known)).toEqual({
			roles: ['ml-engineer', 'data-scientist'],
			ignored: [],
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
		expect(parseRoleSelection(search, known)).toEqual({ roles: [], ignored });
	});

	test('keeps the real roles next to hostile values', () => {
		expect(parseRoleSelection('?roles=data-scientist,<b>x</b>,ml-engineer', known)).toEqual({
			roles: ['data-scientist', 'ml-engineer'],
			ignored: ['<b>x</b>'],
		});
	});

	test('reads no further than its limit in a huge address', () => {
		const search = `?roles=ml-engineer,${'x'.repeat(1_000_000)},data-scientist`;
		const selection = parseRoleSelection(search, known);
		expect(selection?.roles).toEqual(['ml-engineer']);
		expect(selection?.ignored[0]?.length).toBeLessThan(MAX_QUERY_LENGTH);
	});
});

describe('describeIgnored', () => {
	test('says nothing when nothing was ignored', () => {
		expect(describeIgnored([])).toBe('');
	});

	test('names at most three values, each cut short, and counts the rest', () => {
		const text = describeIgnored(['a', 'b', 'x'.repeat(100), 'd', 'e']);
		expect(text).toBe(
			`Ignored “a”, “b”, “${'x'.repeat(30)}…” and 2 more: not a role on this site.`,
		);
	});

	test('removes control characters', () => {
		expect(describeIgnored(['ml\u0000\u202Eengineer\n'])).toBe(
			'Ignored “mlengineer”: not a role on this site.',
		);
	});
});

describe('selectionNotice', () => {
	test('says how many of all the roles the address shows', () => {
		expect(selectionNotice({ roles: ['ml-engineer', 'data-scientist'], ignored: [] }, 16)).toEqual({
			shown: 'Showing 2 of 16 roles, as the address asks.',
			ignored: '',
		});
	});

	test('says every role is shown when none matched, and names what was ignored', () => {
		expect(selectionNotice({ roles: [], ignored: ['nope'] }, 16)).toEqual({
			shown: 'No role in the address matched, so all 16 roles are shown.',
			ignored: 'Ignored “nope”: not a role on this site.',
		});
	});
});
