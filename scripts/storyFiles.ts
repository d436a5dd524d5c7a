/**
 * The site's stories: every `<id>.json` in geo/stories/, and, for a test build, in the folder the
 * environment variable CLAIMLINE_EXTRA_STORIES names. Read, checked one by one (validateStory: a
 * shipped story may not be a draft) and together (crossStoryErrors), and put in the site's order:
 * by the day each story ends (its article's date), then by id. The first is the one a plain link
 * opens. story:check, the build (storiesPlugin) and the first picture all read them from here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { crossStoryErrors, type StoryFileRead } from '../src/story/crossStoryChecks.ts';
import type { RawStory } from '../src/story/types.ts';
import { validateStory, type PlaceRef } from '../src/story/validateStory.ts';

export const STORIES_DIR = 'geo/stories';
export const PLACES_FILE = 'geo/places.json';
export const EXTRA_STORIES = 'CLAIMLINE_EXTRA_STORIES';

/** The folders stories are read from, relative to `root`: geo/stories, then the extra one if set. */
export function storyFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = env[EXTRA_STORIES];
  return extra ? [STORIES_DIR, extra] : [STORIES_DIR];
}

/** Parsed JSON, or an error line naming the file (a syntax error is a mistake like any other). */
export function readJson(root: string, file: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown };
  } catch (error) {
    return { error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The ids and kinds of geo/places.json, or why that file cannot be used. */
export function placeRefs(raw: unknown): PlaceRef[] | string {
  const places = (raw as { places?: unknown } | null)?.places;
  if (!Array.isArray(places)) return `${PLACES_FILE}: places (missing) must be an array of places`;
  const refs: PlaceRef[] = [];
  for (const [index, place] of places.entries()) {
    const { id, kind } = (place ?? {}) as { id?: unknown; kind?: unknown };
    if (typeof id !== 'string' || typeof kind !== 'string')
      return `${PLACES_FILE}: place #${index + 1}: id, kind (missing) are required`;
    refs.push({ id, kind });
  }
  return refs;
}

/** Every story file in the folders, as read (paths relative to `root`, names sorted). */
export function readStoryFiles(
  root: string,
  folders: readonly string[],
): {
  files: StoryFileRead[];
  errors: string[];
} {
  const files: StoryFileRead[] = [];
  const errors: string[] = [];
  for (const folder of folders) {
    const dir = resolve(root, folder);
    if (!existsSync(dir)) {
      errors.push(`${folder}: (missing) the stories folder does not exist`);
      continue;
    }
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = relative(root, join(dir, name));
      const read = readJson(root, file);
      if ('error' in read) errors.push(read.error);
      else files.push({ id: basename(name, '.json'), file, raw: read.value });
    }
  }
  if (files.length === 0 && errors.length === 0)
    errors.push(`${STORIES_DIR}: (empty) the site needs at least one story`);
  return { files, errors };
}

export interface CheckedStory {
  id: string;
  file: string;
  story: RawStory;
}

const isDraft = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && 'draft' in raw && raw.draft !== undefined;

/** The site's order: by the story's last day, then by id. */
const bySiteOrder = (a: CheckedStory, b: CheckedStory) =>
  a.story.period.to < b.story.period.to
    ? -1
    : a.story.period.to > b.story.period.to
      ? 1
      : a.id < b.id
        ? -1
        : 1;

/** Every story of the site, checked; `errors` empty means they may be built, in `stories`' order. */
export function checkStories(
  root: string,
  folders: readonly string[] = storyFolders(),
): { stories: CheckedStory[]; errors: string[] } {
  const { files, errors } = readStoryFiles(root, folders);
  const places = readJson(root, PLACES_FILE);
  const refs = 'value' in places ? placeRefs(places.value) : places.error;
  if (typeof refs === 'string') return { stories: [], errors: [...errors, refs] };
  for (const { file, raw } of files) {
    errors.push(...validateStory(raw, refs, { file }));
    if (isDraft(raw))
      errors.push(
        `${file}: draft (present) a story the site ships must be reviewed: settle its open items, then remove the draft block`,
      );
  }
  errors.push(...crossStoryErrors(files));
  const stories = files.map(({ id, file, raw }) => ({ id, file, story: raw as RawStory }));
  return { stories: errors.length ? [] : stories.sort(bySiteOrder), errors };
}
