import { describe, expect, test } from 'vitest';
import { childrenCpuMs, routeTimes } from './build-log';

describe('routeTimes', () => {
	test('reads each rendered file, in milliseconds, keyed by its URL path', () => {
		const log = [
			'11:48:00 [build] Rearranging server assets...',
			'11:48:00   ├─ /404.html (+49ms) ',
			'11:48:01   ├─ /og/pathways/a.png (+1.30s) ',
			'\u001b[2m11:48:11\u001b[22m   ├─ /roles/ml-engineer/index.html \u001b[2m(+9ms)\u001b[22m',
			'11:48:12   └─ /index.html (+10ms) ',
			'11:48:12 ✓ Completed in 12.45s.',
		].join('\n');
		expect([...routeTimes(log)]).toEqual([
			['/404/', 49],
			['/og/pathways/a.png', 1300],
			['/roles/ml-engineer/', 9],
			['/', 10],
		]);
	});

	test('finds nothing in a log without rendered routes', () => {
		expect(routeTimes('[build] Complete!').size).toBe(0);
	});
});

describe('childrenCpuMs', () => {
	test("adds the children's user and system time, the second line", () => {
		expect(childrenCpuMs('0m0.010s 0m0.002s\n1m5.250s 0m0.750s\n')).toBe(66_000);
	});

	test("reads dash's six decimals as well as bash's three", () => {
		expect(childrenCpuMs('0m0.010000s 0m0.002000s\n0m4.123456s 0m0.876544s')).toBe(5000);
	});

	test('is not a number when the output is not from `times`', () => {
		expect(childrenCpuMs('Complete!')).toBeNaN();
	});
});
