import { expect, test } from 'vitest';
import { markdownText } from './markdown-text';

test('keeps the words of links and emphasis, and joins paragraphs and list items', () => {
	const body = [
		'Only for a few roles. A [research scientist](/roles/ai-research-scientist/) needs a',
		'**doctorate**, and `snake_case` stays.',
		'',
		'- one',
		'- two [see](/x/#y)',
	].join('\n');
	expect(markdownText(body)).toBe(
		'Only for a few roles. A research scientist needs a doctorate, and snake_case stays. one two see',
	);
});

test('leaves underscores inside words alone', () => {
	expect(markdownText('software_engineering and data_analytics')).toBe(
		'software_engineering and data_analytics',
	);
});
