import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The four Lighthouse categories the benchmark reports, as scores out of 100. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's Lighthouse scores, and what kept any of them under 100. */
export interface LighthouseResult {
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Failing audits that count toward a category's score, by id, with their title. */
	failing: string[];
	/** Largest Contentful Paint and Total Blocking Time, in milliseconds, as simulated. */
	lcp: number;
	tbt: number;
	/** Cumulative Layout Shift, as measured on load (0 when nothing moves). */
	cls: number;
}

/**
 * Debian's Chromium as root in a container: no sandbox, no GPU, none of the background traffic
 * Chromium makes on its own (which would count as third-party requests).
 */
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

/** A Chromium for Lighthouse to drive, started once for a whole benchmark. */
export async function startChrome() {
	return launch({
		chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
		chromeFlags: FLAGS,
	});
}

/**
 * Runs Lighthouse's default configuration (the mobile preset: a mid-range phone on a slow 4G
 * network, simulated) on one URL.
 */
export async function audit(url: string, port: number): Promise<LighthouseResult> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
	) as LighthouseResult['scores'];
	const failing = CATEGORIES.flatMap((id) =>
		(lhr.categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a !== undefined && a.score !== null && a.score < 1)
			.map((a) => `${id}: ${a?.id} (${a?.title})`),
	);
	return {
		scores,
		failing,
		lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
		tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
		cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
	};
}
