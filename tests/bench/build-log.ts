/**
 * What the benchmark reads from a build's output: how long Astro took to render each route, and
 * how much processor time the build used. Pure functions, tested in build-log.test.ts.
 */

/** Terminal colour codes, which Astro writes even into a pipe on some terminals. */
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The time Astro reports for each file it renders (`├─ /roles/x/index.html (+39ms)`, or
 * `(+1.30s)`), by the file's path in the build folder. Page files are keyed by their URL path
 * (`/roles/x/`), other files (preview images) by their own path.
 */
export function routeTimes(log: string): Map<string, number> {
	const times = new Map<string, number>();
	for (const match of log.replace(COLOURS, '').matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
		const [, file = '', value = '', unit] = match;
		const path = file.replace(/index\.html$/, '').replace(/\.html$/, '/');
		times.set(path, Number(value) * (unit === 's' ? 1000 : 1));
	}
	return times;
}

/**
 * The processor time, in milliseconds, that the children of a shell used, from the two lines the
 * POSIX `times` builtin prints (the shell's own, then its children's: `0m5.123s 0m0.456s`), user
 * and system time together. Unlike the wall clock, it hardly changes when other work shares the
 * machine, so builds measured at different moments stay comparable.
 */
export function childrenCpuMs(timesOutput: string): number {
	const lines = [...timesOutput.matchAll(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/g)];
	const children = lines.at(-1);
	if (lines.length < 2 || !children) return Number.NaN;
	const [, userMinutes, userSeconds, systemMinutes, systemSeconds] = children.map(Number);
	return Math.round(
		((userMinutes ?? 0) * 60 +
			(userSeconds ?? 0) +
			(systemMinutes ?? 0) * 60 +
			(systemSeconds ?? 0)) *
			1000,
	);
}
