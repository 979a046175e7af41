import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheKey, cachedFile } from './file-cache';
import { cardTree } from './og/cards';
import { renderCard } from './og/render';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-preview-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('cacheKey', () => {
	test('is the same for the same parts and differs when any part changes', () => {
		expect(cacheKey(['a', bytes('b')])).toBe(cacheKey(['a', bytes('b')]));
		expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['a', 'c']));
	});

	test('never runs two lists of parts together', () => {
		expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
	});
});

describe('cachedFile', () => {
	test('makes a file once and reads it back on later calls', async () => {
		const dir = join(scratch, 'once');
		let made = 0;
		const make = async () => {
			made += 1;
			return bytes('drawn');
		};
		const first = await cachedFile(dir, 'card.png', make);
		const second = await cachedFile(dir, 'card.png', make);
		expect(made).toBe(1);
		expect(Buffer.from(second).toString()).toBe('drawn');
		expect(second).toEqual(first);
		expect(readdirSync(dir)).toEqual(['card.png']);
	});

	test('makes the file every time without a cache folder', async () => {
		let made = 0;
		const make = async () => {
			made += 1;
			return bytes('drawn');
		};
		await cachedFile(undefined, 'card.png', make);
		await cachedFile(undefined, 'card.png', make);
		expect(made).toBe(2);
	});
});

describe('renderCard', () => {
	const card = {
		kind: 'Role guide',
		title: 'ML Engineer',
		summary: 'Ships models.',
		facts: 'Engineering',
	};

	test('draws a PNG once and reuses it while the card is unchanged', async () => {
		const dir = join(scratch, 'cards');
		const png = await renderCard(cardTree(card), dir);
		expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
		const [file] = readdirSync(dir);
		if (!file) throw new Error('the card was not cached');
		// A changed file under the card's key is what comes back: the card was not drawn again.
		writeFileSync(join(dir, file), 'cached');
		expect(Buffer.from(await renderCard(cardTree(card), dir)).toString()).toBe('cached');
	});

	test('draws a card again when its text changes', async () => {
		const dir = join(scratch, 'changed');
		await renderCard(cardTree(card), dir);
		await renderCard(cardTree({ ...card, summary: 'Ships and runs models.' }), dir);
		expect(readdirSync(dir)).toHaveLength(2);
	});
});
