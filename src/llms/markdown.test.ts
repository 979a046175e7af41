import { describe, expect, test } from 'vitest';
import { parseTree } from '../build/html-tree';
import { markdownOf } from './markdown';

function markdown(html: string, link?: (href: string) => string): string {
	const [element] = parseTree(`<div>${html}</div>`).children;
	if (element?.type !== 'element') throw new Error('no element parsed');
	return markdownOf(element, link);
}

describe('markdownOf', () => {
	test.each([
		{
			what: 'keeps headings, paragraphs, emphasis, code and links in reading order',
			html: '<h2>Skills</h2><p>Use <strong>Python</strong>, <em>SQL</em> and <code>git</code>; see <a href="/roles/x/">X</a>.</p>',
			expected: '## Skills\n\nUse **Python**, *SQL* and `git`; see [X](/roles/x/).',
		},
		{
			what: 'writes out the marks of a quotation, which the page draws with CSS',
			html: '<p>Called <q>the sexiest job</q> in 2012.</p>',
			expected: 'Called “the sexiest job” in 2012.',
		},
		{
			what: 'writes a description list as one item per term',
			html: '<dl><dt>Level</dt><dd>Beginner</dd><dt>Tools</dt><dd>a</dd><dd>b</dd></dl>',
			expected: '- **Level**: Beginner\n- **Tools**: a; b',
		},
		{
			what: 'keeps an item with several blocks together, its later lines indented',
			html: '<ul><li><a href="/a/">A</a><span>Beginner</span><p>Summary.</p></li><li>Plain</li></ul>',
			expected: '- [A](/a/)\n  Beginner\n  Summary.\n- Plain',
		},
		{
			what: 'writes a table with its header row',
			html: '<table><tr><th>Role</th><th>Pay</th></tr><tr><td>X</td><td>$1</td></tr></table>',
			expected: '| Role | Pay |\n| --- | --- |\n| X | $1 |',
		},
		{
			what: 'leaves out code, controls, hidden parts and text only screen readers get',
			html: '<p>Read<script>alert(1)</script></p><button>Save</button><p hidden>Later</p><p aria-hidden="true">Icon</p><h2>Steps<a class="sl-anchor-link" href="#steps"><span class="sr-only">Section titled Steps</span></a></h2><template><p>Panel</p></template>',
			expected: 'Read\n\n## Steps',
		},
		{
			what: "spaces a figure's source, which the site shows on a line of its own",
			html: '<p>Up to $400K<span class="atlas-source">Source: a survey.</span></p>',
			expected: 'Up to $400K Source: a survey.',
		},
	])('$what', ({ html, expected }) => {
		expect(markdown(html)).toBe(expected);
	});

	test('escapes Markdown characters in text, and rewrites links when asked', () => {
		expect(markdown('<p>a_b *c* <a href="/x/">[x]</a></p>', (href) => `https://site${href}`)).toBe(
			'a\\_b \\*c\\* [\\[x\\]](https://site/x/)',
		);
	});
});
