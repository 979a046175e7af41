import { describe, expect, test } from 'vitest';
import { scriptJson } from './embed';

describe('scriptJson', () => {
	test('cannot close the script element or open a comment, and parses back unchanged', () => {
		const value = { reason: '</script><script>alert(1)</script><!-- & \u2028' };
		const json = scriptJson(value);
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});
