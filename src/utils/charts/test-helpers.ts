/**
 * Every number inside a chart's geometry, with where it sits ("bars.0.x"), so a test can check
 * that none is NaN or infinite, the way a bad scale would leave them.
 */
export function numbersIn(value: unknown, path = ''): [string, number][] {
	if (typeof value === 'number') return [[path, value]];
	if (typeof value === 'string') {
		return [...value.matchAll(/-?\d+(?:\.\d+)?|NaN|Infinity/g)].map((m) => [path, Number(m[0])]);
	}
	if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}.${i}`));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
	}
	return [];
}

/** The places in a chart's geometry that hold NaN or an infinite number. */
export function nonFinite(value: unknown): string[] {
	return numbersIn(value)
		.filter(([, number]) => !Number.isFinite(number))
		.map(([path]) => path);
}
