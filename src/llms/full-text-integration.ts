import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from '../build/after-build.ts';
import { fullText } from './full-text.ts';
import { LLMS_FULL_PATH } from './llms-txt.ts';

/** Where a page's HTML is in the build folder (`/roles/x/` → `roles/x/index.html`). */
const pageFile = (path: string) => join(`.${path}`, 'index.html');

/**
 * Writes `/llms-full.txt` once every page is built: the text of each page `/llms.txt` lists (an
 * index built from the collections by `src/pages/llms.txt.ts`), taken from the built page itself
 * and turned into Markdown, so assistants read exactly what readers do. It only reads pages and
 * writes a text file, so all of it runs while Pagefind indexes the pages.
 */
export function llmsFullTextIntegration(): AstroIntegration {
	return afterBuild('atlas:llms-full-text', async (root, logger, built) => {
		const index = await readFile(join(root, 'llms.txt'), 'utf8');
		const text = await fullText(index, async (path) => {
			try {
				return await built.html(pageFile(path));
			} catch {
				return undefined;
			}
		});
		await writeFile(join(root, LLMS_FULL_PATH), text);
		logger.info(`Wrote ${LLMS_FULL_PATH} (${Math.round(text.length / 1000)} kB).`);
	});
}
