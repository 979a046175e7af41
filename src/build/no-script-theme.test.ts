import { describe, expect, test } from 'vitest';
import { unsetRootSelector } from './no-script-theme';

const UNSET = ':root:not([data-theme-set])';

describe('unsetRootSelector', () => {
	test('puts the unmarked root where the light theme was named, however it is quoted', () => {
		expect(unsetRootSelector(":root[data-theme='light']")).toBe(`:root${UNSET}`);
		expect(unsetRootSelector('[data-theme="light"] ::backdrop')).toBe(`${UNSET} ::backdrop`);
		expect(unsetRootSelector('[data-theme=light] .light\\:sl-hidden')).toBe(
			`${UNSET} .light\\:sl-hidden`,
		);
	});

	test('rewrites every light-theme selector in a list', () => {
		expect(unsetRootSelector("html[data-theme='light'],[data-theme='light'] button")).toBe(
			`html${UNSET},${UNSET} button`,
		);
	});

	test('leaves rules for the dark theme, or for no theme, alone', () => {
		expect(unsetRootSelector("[data-theme='dark'] .dark\\:sl-hidden")).toBeUndefined();
		expect(unsetRootSelector('.atlas-button')).toBeUndefined();
		expect(unsetRootSelector('[data-theme-set]')).toBeUndefined();
	});
});
