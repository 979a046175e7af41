import { defineConfig } from '@playwright/test';

/**
 * Where the built site is served for the end-to-end tests: by the site's own server
 * (`src/build/serve.ts`, what `npm start` runs), with the headers in `_headers`. `ATLAS_PORT`
 * and `ATLAS_DIST` let two checkouts or two builds be tested side by side without clashing.
 */
const port = Number(process.env['ATLAS_PORT'] ?? 4329);
const dist = process.env['ATLAS_DIST'] ?? 'dist';

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	/** An axe scan of a long page takes seconds on two cores; room for it, never an assertion. */
	timeout: 90_000,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run',
			],
		},
	},
	webServer: {
		command: `node src/build/serve.ts --host 127.0.0.1 --port ${port} --dir ${dist}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
