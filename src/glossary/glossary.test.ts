import { expect, test } from 'vitest';
import { EMPTY_ATLAS, ref, roleEntry } from '../../tests/fixtures/entries';
import { type Atlas, type TermEntry, createAtlas } from '../atlas/atlas';
import { glossaryLetters } from './glossary';

const term = (id: string, name: string, data: Partial<TermEntry['data']> = {}): TermEntry => ({
	id,
	collection: 'terms',
	data: {
		term: name,
		aliases: [],
		definition: `${name} defined.`,
		related: [],
		roles: [],
		...data,
	},
});

const atlas: Atlas = createAtlas({
	...EMPTY_ATLAS,
	roles: [roleEntry('ml-engineer', { title: 'ML Engineer' })],
	terms: [
		term('rag', 'RAG', {
			related: [ref('terms', 'ab-test')],
			roles: [ref('roles', 'ml-engineer')],
		}),
		term('ab-test', 'A/B test', { aliases: ['split test'] }),
		term('agent', 'Agent'),
	],
});

test('groups terms by initial, A to Z, with related terms and roles as links', () => {
	const letters = glossaryLetters(atlas);
	expect(letters.map((group) => [group.id, group.entries.map((entry) => entry.id)])).toEqual([
		['letter-a', ['ab-test', 'agent']],
		['letter-r', ['rag']],
	]);
	expect(letters[1]?.entries[0]).toMatchObject({
		related: [{ href: '#ab-test', title: 'A/B test' }],
		roles: [{ href: '/roles/ml-engineer/', title: 'ML Engineer' }],
	});
	expect(letters[0]?.entries[0]?.aliases).toEqual(['split test']);
});
