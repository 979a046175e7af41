import { confirmReset, current, exportText, subscribe, update } from './storage';
import { describeContents, merge, readImport, tooMuchEvidence } from './import-file';
import { partsOf } from './template';
import { downloadProgressFile, showProblem } from './notice';

/** Larger files cannot be progress exported from this site; refuse them before reading. */
const MAX_IMPORT_BYTES = 1_000_000;

/**
 * `<atlas-progress-backup>`: export to a file, import one (checked before anything changes; merge
 * or replace), and reset. The notice above them says what could not be read, as on every page
 * that can change saved progress.
 */
class ProgressBackup extends HTMLElement {
	connectedCallback(): void {
		const part = partsOf(this);
		// Browsers that cannot tell CSS whether script runs show the note: remove it.
		this.querySelector('[data-noscript]')?.remove();
		const message = part('import-message');
		const say = (text: string, error = false) => {
			message.textContent = text;
			message.classList.toggle('atlas-error', error);
		};

		part('export').addEventListener('click', () => {
			const name = downloadProgressFile(exportText());
			part('export-message').textContent =
				`Downloaded ${name}, with ${describeContents(current().progress)}, to the folder your browser saves downloads in. Import it here, in this browser or another, to restore everything.`;
		});
		part('reset').addEventListener('click', confirmReset);
		const form = part<HTMLFormElement>('import');
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			const file = form.querySelector('input[type=file]');
			const chosen = file instanceof HTMLInputElement ? file.files?.[0] : undefined;
			if (!chosen) return say('Choose a file to import first.', true);
			const result =
				chosen.size > MAX_IMPORT_BYTES
					? { ok: false as const, error: 'This file is too large to be a progress file.' }
					: readImport(await chosen.text());
			if (!result.ok) return say(`${result.error} Your progress has not been changed.`, true);
			const replace = new FormData(form).get('import-mode') === 'replace';
			if (!replace && tooMuchEvidence(merge(current().progress, result.progress)))
				return say(
					'Merged, the evidence log would be longer than this site keeps. Remove some pieces first, or replace instead. Your progress has not been changed.',
					true,
				);
			const kept = await update((progress) =>
				replace ? result.progress : merge(progress, result.progress),
			);
			form.reset();
			const contents = describeContents(result.progress);
			const how = replace
				? ', replacing the progress that was here'
				: ', merged with your progress';
			say(
				kept
					? `Imported ${contents} from ${chosen.name}${how}.`
					: `Read ${contents} from ${chosen.name}${how}, but this browser is not letting the site save them (storage is blocked or full): they last only until you leave the page.`,
				!kept,
			);
		});
		const render = () => showProblem(part('problem'));
		subscribe(render);
		render();
	}
}

customElements.define('atlas-progress-backup', ProgressBackup);
