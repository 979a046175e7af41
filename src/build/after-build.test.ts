import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { type BuiltPages, afterBuild } from './after-build';

const dir = new URL('file:///site/dist/');
const logger = {} as AstroIntegrationLogger;

/** The two hooks of an `afterBuild` integration, called as Astro calls them. */
function hooksOf(integration: ReturnType<typeof afterBuild>, folder = dir) {
	const { 'astro:build:generated': generated, 'astro:build:done': done } = integration.hooks;
	if (!generated || !done) throw new Error('afterBuild should have both hooks');
	return {
		generated: () => generated({ dir: folder, logger, routeToHeaders: new Map() }),
		done: () => done({ dir: folder, logger, pages: [], assets: new Map() }),
	};
}

describe('afterBuild', () => {
	test('starts the job when the pages are written, and waits for it in astro:build:done', async () => {
		const events: string[] = [];
		let finish = () => {};
		const hooks = hooksOf(
			afterBuild('test', async (root) => {
				events.push(`start ${root}`);
				await new Promise<void>((resolve) => (finish = resolve));
				events.push('end');
			}),
		);
		await hooks.generated();
		expect(events).toEqual(['start /site/dist/']);
		const done = hooks.done();
		finish();
		await done;
		expect(events).toEqual(['start /site/dist/', 'end']);
	});

	test('does not wait for the read in astro:build:generated, so the hooks after it go on', async () => {
		let finish = () => {};
		const hooks = hooksOf(
			afterBuild('test', () => new Promise<void>((resolve) => (finish = resolve))),
		);
		await hooks.generated();
		let done = false;
		const doneHook = Promise.resolve(hooks.done()).then(() => (done = true));
		await Promise.resolve();
		expect(done).toBe(false);
		finish();
		await doneHook;
		expect(done).toBe(true);
	});

	test('fails the build in astro:build:done when the job failed', async () => {
		const hooks = hooksOf(
			afterBuild('test', async () => {
				throw new Error('a page is missing');
			}),
		);
		await hooks.generated();
		await expect(hooks.done()).rejects.toThrow('a page is missing');
	});

	test('runs the job in astro:build:done when astro:build:generated did not run', async () => {
		const events: string[] = [];
		const hooks = hooksOf(afterBuild('test', async (root) => events.push(`job ${root}`)));
		await hooks.done();
		expect(events).toEqual(['job /site/dist/']);
	});

	test('runs the job again for a second build in the same process', async () => {
		let reads = 0;
		const hooks = hooksOf(afterBuild('test', async () => (reads += 1)));
		await hooks.generated();
		await hooks.done();
		await hooks.done();
		expect(reads).toBe(2);
	});
});

describe('the pages afterBuild jobs share', () => {
	const site = mkdtempSync(join(tmpdir(), 'atlas-after-build-'));
	mkdirSync(join(site, 'roles', 'x'), { recursive: true });
	writeFileSync(join(site, 'index.html'), '<p>home</p>');
	writeFileSync(join(site, 'roles', 'x', 'index.html'), '<p>x</p>');
	writeFileSync(join(site, 'sw.js'), '');
	const folder = pathToFileURL(`${site}/`);
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	/** Two jobs on one build, each handing back the pages it was given, run as Astro runs them. */
	async function build() {
		const given: BuiltPages[] = [];
		const jobs = [1, 2].map(() =>
			hooksOf(
				afterBuild('test', async (_, __, pages) => given.push(pages)),
				folder,
			),
		);
		for (const job of jobs) await job.generated();
		for (const job of jobs) await job.done();
		return given;
	}

	test('lists the pages, and reads each from disk once for every job of a build', async () => {
		const [first, second] = await build();
		expect(first).toBe(second);
		expect([...((await first?.files()) ?? [])].sort()).toEqual([
			'index.html',
			'roles/x/index.html',
		]);
		expect(await first?.html('roles/x/index.html')).toBe('<p>x</p>');
		writeFileSync(join(site, 'roles', 'x', 'index.html'), '<p>x, with a policy</p>');
		expect(await second?.html('./roles/x/index.html')).toBe('<p>x</p>');
	});

	test('reads the pages anew for the next build', async () => {
		writeFileSync(join(site, 'index.html'), '<p>home, rebuilt</p>');
		const [first] = await build();
		expect(await first?.html('index.html')).toBe('<p>home, rebuilt</p>');
		const [next] = await build();
		expect(next).not.toBe(first);
	});
});
