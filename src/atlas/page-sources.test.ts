import { describe, expect, test } from 'vitest';
import { EMPTY_ATLAS, ref, sourceEntry } from '../../tests/fixtures/entries';
import { drawsOnIllustrativeStory, sourcesBox, timeNote } from './page-sources';

const atlas = {
	...EMPTY_ATLAS,
	sources: [
		sourceEntry('guide', 'The Modern AI Ecosystem'),
		sourceEntry('story', 'From ML Engineer to AI PM', true),
	],
};
const cite = (...ids: string[]) => ({
	documents: ids.map((id) => ref('sources', id)),
	gaps: ['No pay figure.'],
});

describe('sourcesBox', () => {
	test('names each document by its own title and kind, in the order the page gives', () => {
		expect(sourcesBox(atlas, cite('story', 'guide'))).toEqual({
			documents: [
				{ id: 'story', title: 'From ML Engineer to AI PM', kind: 'guide', illustrative: true },
				{ id: 'guide', title: 'The Modern AI Ecosystem', kind: 'guide', illustrative: false },
			],
			gaps: ['No pay figure.'],
		});
	});
});

describe('drawsOnIllustrativeStory', () => {
	test('is true when any document is flagged illustrative, and only then', () => {
		expect(drawsOnIllustrativeStory(atlas, cite('guide', 'story'))).toBe(true);
		expect(drawsOnIllustrativeStory(atlas, cite('guide'))).toBe(false);
	});
});

describe('timeNote', () => {
	test('marks our estimates as ours, whatever the page draws on', () => {
		expect(timeNote('estimate', false)).toBe('our planning estimate');
		expect(timeNote('estimate', true)).toBe('our planning estimate');
	});

	test('marks a time taken from an illustrative story as an illustration', () => {
		expect(timeNote('source', true)).toBe('from an illustrative story, not data');
	});

	test('adds nothing to a published figure: the Sources box attributes it', () => {
		expect(timeNote('source', false)).toBeUndefined();
	});
});
