import { describe, expect, test } from 'vitest';
import { type MapEdgeInput, pathwayMap } from './pathway-map';
import { nonFinite } from '../../tests/fixtures/charts';

const background = (id: string, title: string) => ({ key: `background:${id}`, title });
const role = (id: string, title: string) => ({ key: `role:${id}`, title, href: `/roles/${id}/` });
const edge = (id: string, from: MapEdgeInput['from'], to: MapEdgeInput['to']): MapEdgeInput => ({
	id,
	title: `${from.title} → ${to.title}`,
	href: `/pathways/${id}/`,
	from,
	to,
});

const swe = background('software_engineering', 'Software engineering');
const academia = background('academia_research', 'Academia and research');
const ds = role('data-scientist', 'Data Scientist');
const mle = role('ml-engineer', 'ML Engineer');
const pm = role('ai-product-manager', 'AI Product Manager');
const scientist = role('ai-research-scientist', 'AI Research Scientist');
const fde = role('forward-deployed-engineer', 'Forward Deployed Engineer');

const edges = [
	edge('swe-to-mle', swe, mle),
	edge('swe-to-fde', swe, fde),
	edge('ds-to-pm', ds, pm),
	edge('mle-to-pm', mle, pm),
	edge('academia-to-scientist', academia, scientist),
];
const order = [scientist, mle, fde, ds, pm].map((r) => r.key);
const map = pathwayMap(edges, order);

describe('pathwayMap', () => {
	test('draws one edge per pathway, each linking to its page', () => {
		const pairs = (list: readonly { id: string; href: string }[]) =>
			list.map((e) => `${e.id} ${e.href}`).sort();
		expect(pairs(map.edges)).toEqual(pairs(edges));
	});

	test('orders edges by origin, then by role, for the keyboard', () => {
		expect(map.edges.map((e) => e.id)).toEqual([
			'academia-to-scientist',
			'swe-to-mle',
			'swe-to-fde',
			'ds-to-pm',
			'mle-to-pm',
		]);
	});

	test('every origin appears once on the left and every role once on the right', () => {
		expect(map.origins.map((node) => node.key).sort()).toEqual(
			[swe, ds, mle, academia].map((n) => n.key).sort(),
		);
		expect(map.targets.map((node) => node.key)).toEqual(
			[scientist, mle, fde, pm].map((n) => n.key),
		);
	});

	test('each edge runs from its origin node to its role node', () => {
		for (const e of map.edges) {
			const from = map.origins.find((node) => node.key === e.from);
			const to = map.targets.find((node) => node.key === e.to);
			expect(e.d.startsWith(`M${from?.x} ${from?.y}C`)).toBe(true);
			expect(e.d.endsWith(`${to?.x} ${to?.y}`)).toBe(true);
		}
	});

	test('orders origins by the roles they lead to (ties by name), so edges cross less', () => {
		expect(map.origins.map((node) => node.key)).toEqual([academia, swe, ds, mle].map((n) => n.key));
	});

	test('wraps long names and keeps nodes apart, inside the chart', () => {
		expect(map.targets.find((node) => node.key === fde.key)?.lines).toEqual([
			'Forward Deployed',
			'Engineer',
		]);
		for (const column of [map.origins, map.targets]) {
			column
				.slice(1)
				.forEach((node, index) => expect(node.textY).toBeGreaterThan(column[index]?.y ?? 0));
		}
		const bottom = Math.max(
			...[...map.origins, ...map.targets].map((n) => n.textY + (n.lines.length - 1) * 19),
		);
		expect(bottom).toBeLessThanOrEqual(map.height);
	});

	test('has no NaN, even with a single pathway', () => {
		expect(nonFinite(map)).toEqual([]);
		expect(nonFinite(pathwayMap([edge('one', swe, mle)], [mle.key]))).toEqual([]);
		expect(pathwayMap([], [])).toMatchObject({ edges: [], origins: [], targets: [] });
	});
});
