import { isRecord } from './json-schema';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from './model';

/**
 * Brings a saved or imported document written by an earlier version of the site up to the
 * current format, before it is checked. Version 1 is version 2 without dated plans, evidence,
 * known skills or saved ratings, all of which are optional, so its data carries over whole: only
 * the version number changes. Anything else (another format, a newer version, not an object) is
 * returned as it is, for the checks to refuse or salvage with their usual messages.
 */
export function migrate(value: unknown): unknown {
	if (!isRecord(value) || value['format'] !== PROGRESS_FORMAT) return value;
	if (value['version'] === 1) return { ...value, version: PROGRESS_VERSION };
	return value;
}
