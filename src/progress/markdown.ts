import { formatDay, parseDay } from './calendar-date';
import type { EvidenceGroup } from './evidence-groups';

/**
 * The evidence log as Markdown a reader can keep or paste into a CV or a profile. The reader's
 * own words are escaped, so a note never turns into a heading or a link.
 */

/** The reader's text on one line, with Markdown's formatting characters escaped. */
function plain(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** The evidence log, grouped as `groupEvidence` groups it, as Markdown. */
export function evidenceMarkdown(groups: readonly EvidenceGroup[]): string {
	const lines = groups.flatMap(({ title, items }) => [
		'',
		`### ${plain(title)}`,
		'',
		...items.flatMap((item) =>
			item.pieces.map((piece) => {
				const day = parseDay(piece.date);
				const link = piece.link ? ` <${piece.link.replace(/[<> ]/g, encodeURIComponent)}>` : '';
				const date = day === undefined ? piece.date : formatDay(day);
				return `- **${plain(item.title)}**, ${date}: ${plain(piece.note)}${link}`;
			}),
		),
	]);
	return `## What I have made\n${lines.join('\n')}\n`;
}
