/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'src/**/*.test.ts',
						'tests/integration/**/*.test.ts',
						'tests/architecture/**/*.test.ts',
						'tests/bench/**/*.test.ts',
					],
					testTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
			},
		],
	},
});
