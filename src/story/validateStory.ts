/**
 * Validates a story file: the JSON Schema (geo/story.schema.json, via ajv) and the cross-checks it
 * cannot express. Returns every error as one line in the story error format (see errorFormat.ts);
 * an empty list means the story may be loaded. Build-time only: pulls in ajv and turf.
 */
import { crossCheckErrors, type PlaceRef } from './crossChecks.ts';
import { schemaErrors } from './schemaErrors.ts';

export type { PlaceRef } from './crossChecks.ts';

export interface ValidateOptions {
  /** File name used in messages; defaults to geo/story.json. */
  file?: string;
  /** Places file named in unknown-place messages; defaults to geo/places.json. */
  placesFile?: string;
}

export function validateStory(
  raw: unknown,
  places: readonly PlaceRef[],
  options: ValidateOptions = {},
): string[] {
  const file = options.file ?? 'geo/story.json';
  const placesFile = options.placesFile ?? 'geo/places.json';
  return [...schemaErrors(raw, file), ...crossCheckErrors(raw, places, file, placesFile)];
}
