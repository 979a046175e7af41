import { describe, expect, test } from 'vitest';
import { type FolderPage, folderItems } from './items';

const page = (id: string, title: string, order?: number): FolderPage => ({
	id,
	data: { title, description: `About ${title}`, sidebar: { order } },
});

describe('folderItems', () => {
	test('lists the pages of one folder in their sidebar order, unordered ones last by title', () => {
		const docs = [
			page('index', 'Home'),
			page('guides/zeta', 'Zeta'),
			page('guides/alpha', 'Alpha'),
			page('guides/second', 'Second', 2),
			page('guides/first', 'First', 1),
			page('guidesextra/other', 'Other', 0),
		];
		expect(folderItems(docs, 'guides')).toEqual([
			{ href: '/guides/first/', title: 'First', summary: 'About First' },
			{ href: '/guides/second/', title: 'Second', summary: 'About Second' },
			{ href: '/guides/alpha/', title: 'Alpha', summary: 'About Alpha' },
			{ href: '/guides/zeta/', title: 'Zeta', summary: 'About Zeta' },
		]);
	});
});
