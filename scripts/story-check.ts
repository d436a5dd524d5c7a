/**
 * `npm run story:check`: validates geo/story.json against geo/places.json, prints every error (one
 * per line, naming file, item, field and why) and exits 1; on success prints a one-line summary.
 * Runs before `npm run build`, so a bad story never reaches a reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../src/story/loadStory.ts';
import type { RawPlacesFile, RawStory } from '../src/story/types.ts';
import { validateStory, type PlaceRef } from '../src/story/validateStory.ts';

const STORY_FILE = 'geo/story.json';
const PLACES_FILE = 'geo/places.json';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Parsed JSON, or an error line naming the file (a syntax error is a mistake like any other). */
function readJson(file: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as unknown };
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

function main(): number {
  const story = readJson(STORY_FILE);
  const places = readJson(PLACES_FILE);
  const refs = 'value' in places ? placeRefs(places.value) : places.error;
  const errors = [
    ...('error' in story ? [story.error] : []),
    ...(typeof refs === 'string' ? [refs] : []),
    ...('value' in story && typeof refs !== 'string' ? validateStory(story.value, refs) : []),
  ];
  if (errors.length > 0 || !('value' in story) || !('value' in places)) {
    for (const line of errors) console.error(line);
    console.error(`story:check: ${errors.length} error(s); fix ${STORY_FILE} before building.`);
    return 1;
  }
  const loaded = loadStory(places.value as RawPlacesFile, story.value as RawStory);
  console.log(
    `story:check OK: ${STORY_FILE}: ${loaded.parties.length} parties, ${loaded.sources.length} sources, ` +
      `${loaded.claims.length} claims, ${loaded.control.length} control entries, ${loaded.events.length} events, ` +
      `${loaded.quotes.length} quotes; ${loaded.places.length} places`,
  );
  return 0;
}

process.exitCode = main();
