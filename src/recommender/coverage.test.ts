import { describe, expect, test } from 'vitest';
import { buildModel } from './model';
import { profileReaching, unreachableRoles } from './coverage';
import { rankRoles } from './score';
import { testModel as model, testSources } from '../../tests/fixtures/recommender-model';

describe('coverage', () => {
	test('every role reaches a top three for some profile', () => {
		expect(unreachableRoles(model)).toEqual([]);
		for (const role of model.roles) {
			const profile = profileReaching(model, role);
			expect(profile).toBeDefined();
			if (profile === undefined) continue;
			const top = rankRoles(model, profile).slice(0, 3);
			expect(top.map((result) => result.role)).toContain(role.id);
		}
	});

	test('reports a role nothing points to', () => {
		const lonely = {
			id: 'lonely-role',
			data: {
				title: 'Lonely',
				expects: 'Nothing.',
				keySkills: [{ id: 'python', collection: 'skills' }],
			},
		};
		const withLonely = buildModel({ ...testSources, roles: [...testSources.roles, lonely] });
		expect(unreachableRoles(withLonely).map((role) => role.id)).toEqual(['lonely-role']);
	});
});
