/**
 * The one shape of every story error, so a journalist can find the item and fix it:
 *   `<file>: <kind> "<id>": <field> (<value>) <why>`
 * e.g. `geo/story.json: claim "ru-luhansk-control": to (2022-07-01) is before from (2022-07-03)`.
 * Items without a usable id are named by position (`claim #3`, counting from 1); fields outside any
 * item (title, period) drop the item part.
 */

/** The story's collections and the singular word used for their items in messages. */
export const ITEM_KINDS = {
  parties: 'party',
  sources: 'source',
  claims: 'claim',
  control: 'control',
  events: 'event',
  quotes: 'quote',
  places: 'place',
} as const;

export type Collection = keyof typeof ITEM_KINDS;

export function isCollection(key: string): key is Collection {
  return Object.hasOwn(ITEM_KINDS, key);
}

/** Where an error is: an item of a collection (by position, with its id if it has one) or the top. */
export interface ItemLocation {
  collection: Collection;
  index: number;
  id: unknown;
}

export const MISSING = Symbol('missing');

/** Strings print bare (as in the example above); other values as JSON, shortened. */
export function formatValue(value: unknown): string {
  if (value === MISSING || value === undefined) return 'missing';
  if (typeof value === 'string') return value;
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

export function itemLabel(location: ItemLocation): string {
  const kind = ITEM_KINDS[location.collection];
  return typeof location.id === 'string' && location.id !== ''
    ? `${kind} "${location.id}"`
    : `${kind} #${location.index + 1}`;
}

export function formatError(
  file: string,
  location: ItemLocation | undefined,
  field: string,
  value: unknown,
  why: string,
): string {
  const where = location ? `${itemLabel(location)}: ` : '';
  return `${file}: ${where}${field} (${formatValue(value)}) ${why}`;
}

/** JSON-pointer-like segments → `places[1]`, `geometry.coordinates[0][2]`. */
export function fieldName(segments: readonly string[]): string {
  return segments.reduce(
    (name, segment) =>
      /^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment,
    '',
  );
}
