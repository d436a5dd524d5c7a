/**
 * The one shape of every story error, so a journalist can find the item and fix it:
 *   `<file>: <kind> "<id>": <field> (<value>) <why>`
 * e.g. `geo/stories/luhansk-july-2022.json: claim "ru-luhansk-control": to (2022-07-01) is before from (2022-07-03)`.
 * Items without a usable id are named by position (`claim #3`, counting from 1); fields outside any
 * item (title, period) drop the item part.
 */

import { shortText } from './shortText.ts';

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

/** Strings print bare (as in the example above); other values as JSON; both shortened. */
export function formatValue(value: unknown): string {
  if (value === MISSING || value === undefined) return 'missing';
  if (typeof value === 'string') return shortText(value, 80);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    // Nested too deep for JSON.stringify: its type is all the message needs.
    json = Array.isArray(value) ? '[…]' : '{…}';
  }
  return shortText(json, 80);
}

export function itemLabel(location: ItemLocation): string {
  const kind = ITEM_KINDS[location.collection];
  return typeof location.id === 'string' && location.id !== ''
    ? `${kind} "${shortText(location.id, 60)}"`
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

/**
 * JSON-pointer-like segments → `places[1]`, `geometry.coordinates[0][2]`; a key that is not a plain
 * word (an unknown field named " " or "a b") is quoted, `extra[" "]`, so the line still reads.
 */
export function fieldName(segments: readonly string[]): string {
  return segments.reduce((name, segment) => {
    if (/^\d+$/.test(segment)) return `${name}[${segment}]`;
    if (!/^[\w$-]+$/.test(segment)) return `${name}[${JSON.stringify(shortText(segment, 40))}]`;
    return name ? `${name}.${segment}` : segment;
  }, '');
}
