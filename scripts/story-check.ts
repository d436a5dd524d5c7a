/**
 * `npm run story:check [-- FILE]`: validates a story (default geo/story.json) against
 * geo/places.json, prints every error (one per line, naming file, item, field and why) and exits 1;
 * on success prints a one-line summary. Runs before `npm run build`, so a bad story never reaches a
 * reader.
 *
 * A draft (a story with a `draft` block, as `npm run story:draft` writes it) is checked as a draft:
 * its open items are listed, not fatal, and it passes when nothing else is wrong. The shipped story
 * (geo/story.json) must never be a draft: the build refuses one.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../src/story/loadStory.ts';
import type { RawPlacesFile, RawStory } from '../src/story/types.ts';
import { checkDraft, type PlaceRef } from '../src/story/validateStory.ts';

const SHIPPED_STORY = 'geo/story.json';
const PLACES_FILE = 'geo/places.json';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Parsed JSON, or an error line naming the file (a syntax error is a mistake like any other). */
function readJson(file: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown };
  } catch (error) {
    return { error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The ids and kinds of geo/places.json, or why that file cannot be used. */
function placeRefs(raw: unknown): PlaceRef[] | string {
  const places = (raw as { places?: unknown } | null)?.places;
  if (!Array.isArray(places)) return `${PLACES_FILE}: places (missing) must be an array of places`;
  const refs: PlaceRef[] = [];
  for (const [index, place] of places.entries()) {
    const { id, kind } = (place ?? {}) as { id?: unknown; kind?: unknown };
    if (typeof id !== 'string' || typeof kind !== 'string') {
      return `${PLACES_FILE}: place #${index + 1}: id, kind (missing) are required`;
    }
    refs.push({ id, kind });
  }
  return refs;
}

const isDraft = (story: unknown): boolean =>
  typeof story === 'object' && story !== null && 'draft' in story && story.draft !== undefined;

function main(args: readonly string[]): number {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    console.error('story:check: usage: npm run story:check [-- FILE]   (default geo/story.json)');
    return 2;
  }
  // Names in messages are relative to the project, as the journalist typed them or as shipped.
  const storyFile =
    args[0] === undefined
      ? SHIPPED_STORY
      : relative(root, resolve(process.env.INIT_CWD ?? process.cwd(), args[0]));
  const story = readJson(storyFile);
  const places = readJson(PLACES_FILE);
  const refs = 'value' in places ? placeRefs(places.value) : places.error;
  const draft = 'value' in story && isDraft(story.value);
  const check =
    'value' in story && typeof refs !== 'string'
      ? checkDraft(story.value, refs, { file: storyFile })
      : { errors: [], open: [] };
  const errors = [
    ...('error' in story ? [story.error] : []),
    ...(typeof refs === 'string' ? [refs] : []),
    ...(draft && storyFile === SHIPPED_STORY
      ? [
          `${SHIPPED_STORY}: draft (present) the shipped story must be reviewed: settle its open items, then remove the draft block`,
        ]
      : []),
    ...check.errors,
  ];
  for (const line of check.open) console.log(line);
  if (errors.length > 0 || !('value' in story) || !('value' in places)) {
    for (const line of errors) console.error(line);
    console.error(`story:check: ${errors.length} error(s); fix ${storyFile} before building.`);
    return 1;
  }
  if (draft) {
    console.log(
      `story:check DRAFT: ${storyFile}: no errors; ${check.open.length} open item(s) listed above to settle before it is published.`,
    );
    return 0;
  }
  const loaded = loadStory(places.value as RawPlacesFile, story.value as RawStory);
  console.log(
    `story:check OK: ${storyFile}: ${loaded.parties.length} parties, ${loaded.sources.length} sources, ` +
      `${loaded.claims.length} claims, ${loaded.holdings.length} holdings, ${loaded.events.length} events, ` +
      `${loaded.quotes.length} quotes; ${loaded.places.length} places`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
