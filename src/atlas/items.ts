import { FAMILY_LABELS } from '../schemas/family';
import { LEVEL_LABELS } from '../schemas/level';
import {
	type Atlas,
	type BackgroundEntry,
	type CaseStudyEntry,
	type ExerciseEntry,
	type PathwayEntry,
	type RoleEntry,
	originTitle,
	pathwaysFromBackground,
} from './atlas';
import { formatDuration, pluralise } from '../lib/format';
import { paths } from '../lib/paths';
import type { LinkItem } from './sections';

/** A role as a list item, labelled with its family. */
export function roleItem(role: RoleEntry): LinkItem {
	return {
		href: paths.role(role.id),
		title: role.data.title,
		summary: role.data.summary,
		label: FAMILY_LABELS[role.data.family],
	};
}

/** A pathway as a list item, labelled with where it starts. */
export function pathwayItem(atlas: Atlas, pathway: PathwayEntry): LinkItem {
	return {
		href: paths.pathway(pathway.id),
		title: pathway.data.title,
		summary: pathway.data.summary,
		label: `From ${originTitle(atlas, pathway.data.from)}`,
	};
}

/** A starting point as a list item, labelled with how many pathways start there. */
export function backgroundItem(atlas: Atlas, background: BackgroundEntry): LinkItem {
	return {
		href: paths.background(background.id),
		title: background.data.title,
		summary: background.data.summary,
		label: pluralise(pathwaysFromBackground(atlas, background.id).length, 'pathway'),
	};
}

/** A case study as a list item, labelled with organisation and period. */
export function caseStudyItem(study: CaseStudyEntry): LinkItem {
	return {
		href: paths.caseStudy(study.id),
		title: study.data.title,
		summary: study.data.summary,
		label: `${study.data.organisation}, ${study.data.period}`,
	};
}

/** An exercise as a list item, labelled with level and time. */
export function exerciseItem(exercise: ExerciseEntry): LinkItem {
	return {
		href: paths.exercise(exercise.id),
		title: exercise.data.title,
		summary: exercise.data.summary,
		label: `${LEVEL_LABELS[exercise.data.level]} · ${formatDuration(exercise.data.duration)}`,
	};
}

/** What a docs page needs to be listed in its folder: its id, title, description and order. */
export interface FolderPage {
	id: string;
	data: {
		title: string;
		description?: string | undefined;
		sidebar: { order?: number | undefined };
	};
}

/**
 * The docs pages in a folder (the guides) as list items, in their `sidebar.order` (pages without
 * one last), then by title, as Starlight orders a folder. The middleware fills the folder's
 * sidebar group with them: Starlight's own `autogenerate` looks for docs under src/content/docs,
 * finds none in content/docs, and so left the group empty.
 */
export function folderItems(docs: readonly FolderPage[], directory: string): LinkItem[] {
	const order = (page: FolderPage) => page.data.sidebar.order ?? Number.MAX_VALUE;
	return docs
		.filter((page) => page.id.startsWith(`${directory}/`))
		.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'en'))
		.map((page) => ({
			href: paths.guide(page.id),
			title: page.data.title,
			summary: page.data.description ?? '',
		}));
}
