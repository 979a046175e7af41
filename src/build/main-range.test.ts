import { describe, expect, test } from 'vitest';
import { mainRange } from './main-range';

describe('mainRange', () => {
	test('spans the main element, its tags included', () => {
		const html = '<header>menu</header><main class="x"><p>text</p></main><footer></footer>';
		const [start, end] = mainRange(html);
		expect(html.slice(start, end)).toBe('<main class="x"><p>text</p></main>');
	});

	test('is the whole page when the page has no main element', () => {
		expect(mainRange('<p>no main</p>')).toEqual([0, 14]);
	});

	test('is the whole page when main is never closed', () => {
		expect(mainRange('<main><p>open')).toEqual([0, 13]);
	});
});
