import { describe, expect, test } from 'vitest';
import { type StartTag, hasClass, scanTags } from './html-tags';

describe('hasClass', () => {
	const withClass = (value: string) => new Map([['class', value]]);

	test.each([
		['note', true],
		['x note', true],
		['note\ty', true],
		['x\n note \fy', true],
		['notes', false],
		['a-note', false],
		['note-x', false],
		['x notes note', true],
		['', false],
	])('finds "note" in class="%s": %s', (value, found) => {
		expect(hasClass(withClass(value), 'note')).toBe(found);
	});

	test('an element without a class has none', () => {
		expect(hasClass(new Map(), 'note')).toBe(false);
	});
});

describe('scanTags', () => {
	/** Everything `scanTags` reports, as plain data in page order. */
	function events(html: string): string[] {
		const seen: string[] = [];
		scanTags(html, {
			start: ({ name, attributes, selfClosing, rawText }: StartTag) =>
				void seen.push(
					`<${name}${[...attributes].map(([key, value]) => ` ${key}=${value}`).join('')}${selfClosing ? '/' : ''}>` +
						(rawText ? `[${html.slice(...rawText)}]` : ''),
				),
			end: (name) => void seen.push(`</${name}>`),
			text: (start, end) => void seen.push(`"${html.slice(start, end)}"`),
		});
		return seen;
	}

	test('reports tags and the runs of text between them, a comment ending a run', () => {
		expect(events('<p class="a">x &amp; y<!-- c -->z<br/>1 < 2</P>')).toEqual([
			'<p class=a>',
			'"x &amp; y"',
			'"z"',
			'<br/>',
			'"1 < 2"',
			'</p>',
		]);
	});

	test("gives a script's text whole, then its end tag", () => {
		expect(events('<script type=module>if (a</b) go("</p>")</script>.')).toEqual([
			'<script type=module>[if (a</b) go("</p>")]',
			'</script>',
			'"."',
		]);
	});

	test('stops when a handler returns false', () => {
		const names: string[] = [];
		scanTags('<a><b></b><c>', { start: ({ name }) => names.push(name) < 2 });
		expect(names).toEqual(['a', 'b']);
	});

	test('reads only from `from` to `to`', () => {
		const html = '<i>a</i><b>b</b><u>c</u>';
		const names: string[] = [];
		scanTags(html, { start: ({ name }) => void names.push(name) }, 8, 16);
		expect(names).toEqual(['b']);
	});
});
