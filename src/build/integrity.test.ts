import { describe, expect, test } from 'vitest';
import { ContentIntegrityError, findBrokenReferences } from './integrity';

const ref = (collection: string, id: string) => ({ collection, id });

describe('findBrokenReferences', () => {
	const collections = {
		roles: [
			{ id: 'ml-engineer', filePath: 'content/roles/ml-engineer.mdx', data: { related: [] } },
			{
				id: 'data-scientist',
				filePath: 'content/roles/data-scientist.mdx',
				data: { related: [ref('roles', 'ml-engineer'), ref('roles', 'ml-enginer')] },
			},
		],
		pathways: [
			{
				id: 'swe-to-mle',
				filePath: 'content/pathways/swe-to-mle.mdx',
				data: {
					from: { background: ref('backgrounds', 'software_engineering') },
					to: ref('roles', 'ml-engineer'),
					stages: [{ id: 'a', steps: [{ id: 'b', title: 'collection of ids' }] }],
				},
			},
		],
		backgrounds: [],
	};

	test('names the file and the field of every reference that does not resolve', () => {
		expect(findBrokenReferences(collections)).toEqual([
			{
				file: 'content/roles/data-scientist.mdx',
				field: 'related.1',
				message: 'no roles entry with id "ml-enginer"',
			},
			{
				file: 'content/pathways/swe-to-mle.mdx',
				field: 'from.background',
				message: 'no backgrounds entry with id "software_engineering"',
			},
		]);
	});

	test('finds nothing when every reference resolves', () => {
		const backgrounds = [{ id: 'software_engineering', data: {} }];
		const roles = collections.roles.map((role) => ({ ...role, data: { related: [] } }));
		expect(findBrokenReferences({ ...collections, roles, backgrounds })).toEqual([]);
	});

	test('checks only the collections given, against the ones references may point into', () => {
		const quiz = [
			{ id: 'quiz', filePath: 'quiz.json', data: { answer: ref('roles', 'ml-engineer') } },
		];
		const wrong = [{ id: 'wrong', filePath: 'wrong.json', data: [{ to: ref('roles', 'nobody') }] }];
		expect(findBrokenReferences({ quiz }, { ...collections, quiz })).toEqual([]);
		expect(findBrokenReferences({ wrong }, collections)).toEqual([
			{ file: 'wrong.json', field: '0.to', message: 'no roles entry with id "nobody"' },
		]);
	});

	test('lists every problem in the error message', () => {
		const error = new ContentIntegrityError(findBrokenReferences(collections));
		expect(error.message).toContain('content/roles/data-scientist.mdx: related.1:');
		expect(error.message).toContain('content/pathways/swe-to-mle.mdx: from.background:');
	});
});
