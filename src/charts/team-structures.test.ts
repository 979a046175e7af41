import { describe, expect, test } from 'vitest';
import { TEAM_MODELS, TEAM_MODEL_DEFINITIONS, teamDiagram } from './team-structures';
import { nonFinite } from '../../tests/fixtures/charts';

describe.each(TEAM_MODELS)('the %s diagram', (model) => {
	const diagram = teamDiagram(model);
	const definition = TEAM_MODEL_DEFINITIONS[model];

	test('shows every team and every member of its definition', () => {
		const text = diagram.boxes.map((box) => box.lines.join(' '));
		expect(diagram.boxes.filter((box) => box.kind === 'unit')).toHaveLength(
			definition.units.length,
		);
		for (const unit of definition.units) {
			expect(text).toContain(unit.label);
			for (const member of unit.members) expect(text).toContain(member);
		}
		if (definition.centre)
			expect(text.some((line) => line.startsWith(definition.centre?.label ?? '-'))).toBe(true);
	});

	test('names teams in bold lines and lists members in plain ones', () => {
		for (const box of diagram.boxes) {
			const name = box.lines.slice(0, box.nameLines).join(' ');
			if (box.kind === 'member') expect(box.nameLines).toBe(0);
			else
				expect([definition.centre?.label, ...definition.units.map((u) => u.label)]).toContain(name);
		}
	});

	test('links the central team, if any, to each team it serves', () => {
		expect(diagram.links).toHaveLength(definition.centre ? definition.units.length : 0);
	});

	test('keeps every box inside the chart, with no NaN', () => {
		for (const box of diagram.boxes) {
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(diagram.width + 0.1);
			expect(box.y + box.height).toBeLessThanOrEqual(diagram.height);
		}
		expect(nonFinite(diagram)).toEqual([]);
	});
});
