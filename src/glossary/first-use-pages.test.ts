import { expect, test } from 'vitest';
import { EMPTY_ATLAS, pathwayEntry, ref, roleEntry, termEntry } from '../../tests/fixtures/entries';
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
