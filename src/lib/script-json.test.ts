import { expect, test } from 'vitest';
import { scriptJson } from './script-json';

test('no string can close the script element, and the JSON reads back unchanged', () => {
	const value = { title: 'A </script><script>alert(1)</script> & <!-- more', line: 'a\u2028b' };
	const text = scriptJson(value);
	expect(text).not.toMatch(/[<>&\u2028]/);
	expect(JSON.parse(text)).toEqual(value);
});
