import { describe, expect, test } from 'vitest';
import type { FilterOptions } from './filters';
import {
	MAX_QUERY_LENGTH,
	cleanQuery,
	emptyRequest,
	isEmptyRequest,
	describeIgnored,
	pagefindFilters,
	parseSearchParams,
	searchHref,
	wordsFromPath,
} from './query';

const options: FilterOptions = {
	type: [
		{ id: 'role', label: 'Role' },
		{ id: 'exercise', label: 'Exercise' },
	],
	level: [{ id: 'beginner', label: 'Beginner' }],
	family: [{ id: 'data', label: 'Data' }],
	role: [{ id: 'ml-engineer', label: 'ML Engineer' }],
};

const parse = (search: string) => parseSearchParams(new URLSearchParams(search), options);

describe('parseSearchParams', () => {
	test('reads words and known filter values', () => {
		const { request, ignored } = parse('?q=+MLE++ops+&type=role&type=exercise&level=beginner');
		expect(request).toEqual({
			query: 'MLE ops',
			filters: { type: ['role', 'exercise'], level: ['beginner'], family: [], role: [] },
		});
		expect(ignored).toEqual([]);
	});

	test('drops and reports unknown values, unknown parameters and repeats', () => {
		const { request, ignored } = parse(
			'?q=rag&type=<img src=x onerror=alert(1)>&role=ml-engineer&role=ml-engineer&utm=x&q=again',
		);
		expect(request.query).toBe('rag');
		expect(request.filters).toEqual({ type: [], level: [], family: [], role: ['ml-engineer'] });
		expect(ignored).toEqual([
			'extra search words after the first "q"',
			'type “\u2068<img src=x onerror=alert(1)>\u2069”',
			'unknown parameter “\u2068utm\u2069”',
		]);
	});

	test('cuts overlong words and says so; shortens long values in the report', () => {
		const { request, ignored } = parse(`?q=${'a'.repeat(500)}&level=${'b'.repeat(80)}`);
		expect(request.query).toHaveLength(MAX_QUERY_LENGTH);
		expect(ignored).toEqual([
			`search words beyond the first ${MAX_QUERY_LENGTH} characters`,
			`level “\u2068${'b'.repeat(30)}…\u2069”`,
		]);
	});

	test('names three parts left out of a link with thousands, and counts the rest', () => {
		const many = Array.from({ length: 5000 }, (_, index) => `p${index}=${'v'.repeat(300)}`);
		const parsed = parse(`?q=rag&${many.join('&')}&type=role`);
		expect(parsed.request.query).toBe('rag');
		expect(parsed.request.filters.type).toEqual(['role']);
		expect(parsed.ignored).toHaveLength(3);
		expect(parsed.ignoredCount).toBe(5000);
		const notice = describeIgnored(parsed);
		expect(notice).toBe(
			'Parts of the link were not understood and were left out: unknown parameter “\u2068p0\u2069”; unknown parameter “\u2068p1\u2069”; unknown parameter “\u2068p2\u2069” and 4997 more.',
		);
		expect(describeIgnored(parse('?q=rag'))).toBe('');
	});

	test('an empty link asks for nothing', () => {
		expect(parse('')).toEqual({ request: emptyRequest(), ignored: [], ignoredCount: 0 });
		expect(isEmptyRequest(parse('?q=%20%20').request)).toBe(true);
		expect(isEmptyRequest(parse('?type=role').request)).toBe(false);
	});
});

describe('cleanQuery', () => {
	test('removes control characters and runs of space', () => {
		expect(cleanQuery('a\u0000b\n\tc   d ')).toBe('a b c d');
	});

	test('removes marks that would reverse the text around the query', () => {
		expect(cleanQuery('\u202Eevil\u202C words \u2067x\u2069 \u200F')).toBe('evil words x');
		expect(cleanQuery('مرحبا 2026')).toBe('مرحبا 2026');
	});
});

describe('searchHref', () => {
	test('writes the words and every filter value, and round-trips through the parser', () => {
		const request = {
			query: 'A/B test',
			filters: { type: ['role'], level: [], family: ['data'], role: [] },
		};
		const href = searchHref(request);
		expect(href).toBe('/search/?q=A%2FB+test&type=role&family=data');
		expect(parse(new URL(href, 'https://x.test').search).request).toEqual(request);
		expect(searchHref(emptyRequest())).toBe('/search/');
	});
});

describe('pagefindFilters', () => {
	test('asks for any of the ticked labels within a filter, and every filter', () => {
		const request = {
			query: '',
			filters: { type: ['exercise', 'role'], level: ['beginner'], family: [], role: [] },
		};
		expect(pagefindFilters(request, options)).toEqual({
			type: { any: ['Role', 'Exercise'] },
			level: { any: ['Beginner'] },
		});
	});
});

describe('wordsFromPath', () => {
	test('takes the last segment with words', () => {
		expect(wordsFromPath('/roles/prompt-engineering/')).toBe('prompt engineering');
		expect(wordsFromPath('/guides/how_ai-teams.html')).toBe('how ai teams');
		expect(wordsFromPath('/roles/index.html')).toBe('roles');
		expect(wordsFromPath('/')).toBe('');
	});

	test('decodes escapes and survives malformed ones', () => {
		expect(wordsFromPath('/r%C3%B4les/caf%C3%A9/')).toBe('café');
		expect(wordsFromPath('/roles/%E0%A4%A/')).toBe('e0 a4 a');
		expect(wordsFromPath('/x/%3Cscript%3Ealert(1)%3C%2Fscript%3E/')).toBe('script alert 1 script');
	});
});
