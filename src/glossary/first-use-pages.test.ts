import { expect, test } from 'vitest';
import {
	EMPTY_ATLAS,
	pathwayEntry,
	ref,
	resourceEntry,
	roleEntry,
	termEntry,
} from '../../tests/fixtures/entries';
import { firstUseLinker } from './first-use-pages';

test('links terms on role and pathway pages, to the glossary, from the collections', () => {
	const linker = firstUseLinker({
		...EMPTY_ATLAS,
		roles: [roleEntry('ml-engineer')],
		pathways: [
			pathwayEntry('swe-to-mle', { background: ref('backgrounds', 'swe') }, 'ml-engineer'),
		],
		terms: [termEntry('rag', 'RAG')],
	});
	expect([...linker.pages]).toEqual(['/roles/ml-engineer/', '/pathways/swe-to-mle/']);
	expect(linker.link('<main><div class="sl-markdown-content"><p>RAG</p></div></main>')).toContain(
		'<a href="/glossary/#rag" class="atlas-term-link">RAG</a>',
	);
});

test("a resource's name hides the term inside it: Weights & Biases is a tool, not model weights", () => {
	const linker = firstUseLinker({
		...EMPTY_ATLAS,
		terms: [termEntry('model-weights', 'Weights')],
		resources: [resourceEntry('weights-and-biases', 'tool', { name: 'Weights & Biases' })],
	});
	const page = (text: string) =>
		`<main><div class="sl-markdown-content"><p>${text}</p></div></main>`;
	expect(linker.link(page('MLflow, Weights &amp; Biases and the weights'))).toBe(
		page(
			'MLflow, Weights &amp; Biases and the <a href="/glossary/#model-weights" class="atlas-term-link">weights</a>',
		),
	);
});

test('a term whose name holds an ampersand is found as the page writes it', () => {
	const linker = firstUseLinker({ ...EMPTY_ATLAS, terms: [termEntry('r-and-d', 'R&D')] });
	const page = (text: string) =>
		`<main><div class="sl-markdown-content"><p>${text}</p></div></main>`;
	expect(linker.link(page('Budgets for R&amp;D'))).toBe(
		page('Budgets for <a href="/glossary/#r-and-d" class="atlas-term-link">R&amp;D</a>'),
	);
});
