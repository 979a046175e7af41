import type { Compensation } from '../schemas/compensation';
import type { Duration } from '../schemas/duration';

const currencySymbol = (currency: string) => (currency === 'USD' ? '$' : `${currency} `);

/**
 * "$155,000" for 155000 in USD: every digit, the way the sources print one person's pay, so
 * figures from a career story match them letter for letter.
 */
export function formatAmountInFull(amount: number, currency: string): string {
	return `${currencySymbol(currency)}${amount.toLocaleString('en-US')}`;
}

/** "$150K" for 150000 in USD: the way the sources write pay, so figures match them letter for letter. */
export function formatAmount(amount: number, currency: string): string {
	if (amount >= 1000 && amount % 1000 === 0) return `${currencySymbol(currency)}${amount / 1000}K`;
	return formatAmountInFull(amount, currency);
}

/** "$200K–$500K+": a compensation range as the sources print it. */
export function formatCompensationRange(pay: Compensation): string {
	const top = formatAmount(pay.max, pay.currency) + (pay.openEnded ? '+' : '');
	return `${formatAmount(pay.min, pay.currency)}–${top}`;
}

/** Words for what a range covers; none where its source does not say. */
const COMPENSATION_BASES: Record<Compensation['basis'], string | undefined> = {
	total: 'total compensation',
	base: 'base salary',
	unstated: undefined,
};

/**
 * What a range covers, in words, with its year: "total compensation, 2026", "base salary, 2026",
 * or just "2026" where the source does not say what the range covers.
 */
export function describeCompensationBasis(pay: Compensation): string {
	const basis = COMPENSATION_BASES[pay.basis];
	return basis ? `${basis}, ${pay.year}` : String(pay.year);
}

/**
 * "1 stage", "4 stages", "1 saved state was", "2 saved states were": a count with its noun (and
 * what follows it), so no caller writes its own `count === 1` test. `plural` defaults to the noun
 * with an s.
 */
export function pluralise(count: number, noun: string, plural = `${noun}s`): string {
	return `${count} ${nounFor(count, noun, plural)}`;
}

/** The noun alone, singular for exactly one: for counts shown in a format of their own ("0.5 person-months"). */
export function nounFor(count: number, noun: string, plural = `${noun}s`): string {
	return count === 1 ? noun : plural;
}

/** "3–6 months", "1 month", "2 hours": a duration as readers expect to see it. */
export function formatDuration(duration: Pick<Duration, 'min' | 'max' | 'unit'>): string {
	const { min, max, unit } = duration;
	if (min === max) return pluralise(min, unit.slice(0, -1));
	return `${min}–${max} ${unit}`;
}

/**
 * The total of several durations in one unit, as a duration: the sum of the minimums to the sum
 * of the maximums. A pathway's total is derived this way from its stages, never written twice.
 */
export function sumDurations(durations: readonly Duration[]): Duration | undefined {
	const [first] = durations;
	if (first === undefined) return undefined;
	return {
		min: durations.reduce((total, d) => total + d.min, 0),
		max: durations.reduce((total, d) => total + d.max, 0),
		unit: first.unit,
		basis: durations.every((d) => d.basis === 'source') ? 'source' : 'estimate',
	};
}

/** How many characters of untrusted text (a saved key, a link's value) a message quotes at most. */
export const EXCERPT_LENGTH = 30;

/** How many problems or ignored values a message names before counting the rest. */
export const NAMED_AT_MOST = 3;

/** Invisible and control characters (bidi overrides included), shown as "?" in a quotation. */
const UNPRINTABLE = /\p{C}/gu;

/**
 * Text wrapped in Unicode's first-strong isolate (U+2068 … U+2069), the plain-text form of
 * `<bdi>`: right-to-left words or stray direction marks inside it cannot reorder the sentence
 * around it. For reader input shown inside a message, such as a search query in a status line.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}

/**
 * “…”: untrusted text quoted for a message, cut to `max` characters and with every
 * invisible or control character shown as "?". The quotation is wrapped in Unicode's first-strong
 * isolate (U+2068 … U+2069), the plain-text form of `<bdi>`, so right-to-left text inside it can
 * never reorder the sentence around it. Only the excerpt is ever copied, so a value of megabytes
 * costs no more than a short one.
 */
export function quoteExcerpt(text: string, max = EXCERPT_LENGTH): string {
	const head = [...text.slice(0, max * 2 + 2)];
	const cut = head.length > max || text.length > max * 2 + 2;
	const printable = head.slice(0, max).join('').replace(UNPRINTABLE, '?');
	return `“${isolate(`${printable}${cut ? '…' : ''}`)}”`;
}

/**
 * "a, b, c and 4 more": the first few of a list and a count of the rest, so a message stays short
 * however many problems there were. `total` counts items that were never kept in `items`;
 * sentences that contain commas are better joined with `'; '`.
 */
export function nameAFew(items: readonly string[], total = items.length, separator = ', '): string {
	const named = items.slice(0, NAMED_AT_MOST);
	const rest = total - named.length;
	return rest > 0 ? `${named.join(separator)} and ${rest} more` : named.join(separator);
}

/** A run of text, and whether it stood between double quotes in the text it came from. */
export interface TextPart {
	text: string;
	quoted: boolean;
}

/**
 * Plain text cut at its double quotes ("…" or “…”), so a component can mark each quotation with
 * `<q>` (which draws the quotes itself) in text that comes from frontmatter, where no markup is
 * written. A quote mark without its pair stays as it is.
 */
export function quotedParts(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let rest = 0;
	for (const match of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
		if (match.index > rest) parts.push({ text: text.slice(rest, match.index), quoted: false });
		parts.push({ text: match[1] ?? match[2] ?? '', quoted: true });
		rest = match.index + match[0].length;
	}
	if (rest < text.length) parts.push({ text: text.slice(rest), quoted: false });
	return parts;
}
