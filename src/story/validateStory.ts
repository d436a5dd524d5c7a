/**
 * Validates a story file: the JSON Schema (geo/story.schema.json, via ajv) and the cross-checks it
 * cannot express. Returns every error as one line in the story error format (see errorFormat.ts);
 * an empty list means the story may be loaded. Build-time only: pulls in ajv and turf.
 */
import { crossCheckErrors, type PlaceRef } from './crossChecks.ts';
import { formatError, ITEM_KINDS, MISSING } from './errorFormat.ts';
import { schemaErrors } from './schemaErrors.ts';
import type { RawDraftOpenItem } from './types.ts';

export type { PlaceRef } from './crossChecks.ts';

export interface ValidateOptions {
  /** File name used in messages; defaults to story.json. */
  file?: string;
  /** Places file named in unknown-place messages; defaults to geo/places.json. */
  placesFile?: string;
}

export function validateStory(
  raw: unknown,
  places: readonly PlaceRef[],
  options: ValidateOptions = {},
): string[] {
  const file = options.file ?? 'story.json';
  const placesFile = options.placesFile ?? 'geo/places.json';
  return [...schemaErrors(raw, file), ...crossCheckErrors(raw, places, file, placesFile)];
}

/** A draft's check: its mistakes, and the open items it lists for the editor (not mistakes yet). */
export interface DraftCheck {
  errors: string[];
  /** One line per open item, in the story error format with the drafter's reason. */
  open: string[];
}

function openItems(raw: unknown): RawDraftOpenItem[] {
  const draft = (raw as { draft?: { open?: unknown } } | null)?.draft;
  const open = draft?.open;
  return Array.isArray(open) ? (open as RawDraftOpenItem[]) : [];
}

/**
 * Checks a story that may be a draft (it has a `draft` block): a field the draft lists as open may
 * be missing without being a mistake; every other error is one. A story without the block is checked
 * exactly as validateStory does.
 */
export function checkDraft(
  raw: unknown,
  places: readonly PlaceRef[],
  options: ValidateOptions = {},
): DraftCheck {
  const file = options.file ?? 'story.json';
  const open = openItems(raw);
  const missing = new Set(
    open.map((o) =>
      formatError(file, { collection: o.collection, index: 0, id: o.id }, o.field, MISSING, ''),
    ),
  );
  const errors = validateStory(raw, places, options).filter((line) => {
    // A missing field's line is "<file>: <item>: <field> (missing) is required[ when …]".
    const at = line.indexOf(' (missing) is required');
    return at === -1 || !missing.has(`${line.slice(0, at)} (missing) `);
  });
  const lines = open.map(
    (o) => `${file}: ${ITEM_KINDS[o.collection]} "${o.id}": ${o.field} is open: ${o.reason}`,
  );
  return { errors, open: lines };
}
