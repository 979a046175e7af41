import { describe, expect, test } from 'vitest';
import { withCollectionLinks } from './sidebar';

const group = (label: string) => ({
	type: 'group' as const,
	label,
	entries: [
		{
			type: 'link' as const,
			label: `All ${label}`,
			href: `/${label}/`,
			isCurrent: false,
			badge: undefined,
			attrs: {},
		},
	],
	collapsed: false,
	badge: undefined,
});

describe('withCollectionLinks', () => {
	const sidebar = [group('roles'), group('guides')];
	const links = { roles: [{ href: '/roles/ml-engineer/', title: 'ML Engineer', summary: '' }] };

	test('adds one link per entry to the matching group and leaves others alone', () => {
		const [roles, guides] = withCollectionLinks(sidebar, links, '/');
		expect(roles?.type === 'group' && roles.entries.map((entry) => entry.label)).toEqual([
			'All roles',
			'ML Engineer',
		]);
		expect(guides).toBe(sidebar[1]);
	});

	test('marks the current page and opens only its group', () => {
		const [roles] = withCollectionLinks(sidebar, links, '/roles/ml-engineer/');
		expect(roles?.type === 'group' && roles.collapsed).toBe(false);
		expect(
			roles?.type === 'group' && roles.entries[1]?.type === 'link' && roles.entries[1].isCurrent,
		).toBe(true);
		const [elsewhere] = withCollectionLinks(sidebar, links, '/pathways/');
		expect(elsewhere?.type === 'group' && elsewhere.collapsed).toBe(true);
	});

	test('lists no entries in a group that has more than the limit, only its index page', () => {
		const many = {
			roles: Array.from({ length: 3 }, (_, i) => ({
				href: `/roles/r${i}/`,
				title: `R${i}`,
				summary: '',
			})),
		};
		const [roles] = withCollectionLinks(sidebar, many, '/roles/r1/', 2);
		expect(roles?.type === 'group' && roles.entries.map((entry) => entry.label)).toEqual([
			'All roles',
		]);
		const [within] = withCollectionLinks(sidebar, many, '/roles/r1/', 3);
		expect(within?.type === 'group' && within.entries).toHaveLength(4);
	});
});
