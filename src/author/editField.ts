/**
 * What a form field's text means for an item: the fields the page edits, how each is written in the
 * form and how its text becomes the story's value. Pure; the item cards build their inputs from it.
 */
import type { ItemCollection } from './authorDraft.ts';

/** text: one line; day: YYYY-MM-DD; list: ids separated by commas; choice: one of `options`. */
export type FieldKind = 'text' | 'day' | 'list' | 'choice';

export interface FieldSpec {
  /** The story's field; a dotted path for a nested one (names.uk). */
  field: string;
  label: string;
  kind: FieldKind;
  /** The allowed values of a choice, besides none (''). */
  options?: readonly string[];
}

const PLACES: FieldSpec = { field: 'places', label: 'Places (ids, comma-separated)', kind: 'list' };

/** The fields the editor sees for each kind of item, in the order they are read. */
export const ITEM_FIELDS: Record<ItemCollection, readonly FieldSpec[]> = {
  quotes: [
    { field: 'speaker', label: 'Speaker', kind: 'text' },
    { field: 'role', label: 'Role', kind: 'text' },
    { field: 'saidOn', label: 'Day said', kind: 'day' },
    { field: 'occasion', label: 'Occasion', kind: 'text' },
    { field: 'reportedOn', label: 'Day reported', kind: 'day' },
    PLACES,
  ],
  claims: [
    { field: 'party', label: 'Party', kind: 'text' },
    {
      field: 'kind',
      label: 'Kind',
      kind: 'choice',
      options: ['claims', 'controls', 'recognises', 'aims-to-take'],
    },
    { field: 'extent', label: 'Extent', kind: 'choice', options: ['all', 'most', 'part'] },
    { field: 'from', label: 'From', kind: 'day' },
    PLACES,
    { field: 'saidBy', label: 'Said by (source id, if not the party)', kind: 'text' },
  ],
  events: [
    { field: 'title', label: 'Title', kind: 'text' },
    { field: 'day', label: 'Day', kind: 'day' },
    PLACES,
  ],
  places: [
    { field: 'names.en', label: 'Name (English)', kind: 'text' },
    { field: 'names.uk', label: 'Name (Ukrainian)', kind: 'text' },
    { field: 'names.ru', label: 'Name (Russian)', kind: 'text' },
    { field: 'oblast', label: 'Oblast (place id)', kind: 'text' },
  ],
};

/** The kind of a field of an item, `text` for one the page does not list. */
const kindOf = (collection: ItemCollection | undefined, field: string): FieldKind =>
  (collection && ITEM_FIELDS[collection].find((spec) => spec.field === field)?.kind) ??
  (field === 'places' ? 'list' : 'text');

/** The value a field's text stands for: a list split at commas; an empty text leaves the field out. */
export function fieldValue(kind: FieldKind, text: string): unknown {
  if (kind === 'list') {
    return text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A field's value as the form shows it. */
export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The value at a dotted path. */
export function valueAt(item: Readonly<Record<string, unknown>>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
      item,
    );
}

/** A copy of `item` with the field at `path` set from the form's text (left out when empty). */
export function editField(
  item: Readonly<Record<string, unknown>>,
  path: string,
  text: string,
  collection?: ItemCollection,
): Record<string, unknown> {
  const [key, ...rest] = path.split('.');
  if (key === undefined || key === '') return { ...item };
  const copy: Record<string, unknown> = { ...item };
  const value =
    rest.length > 0
      ? editField(
          typeof item[key] === 'object' && item[key] !== null ? (item[key] as Record<string, unknown>) : {},
          rest.join('.'),
          text,
        )
      : fieldValue(kindOf(collection, path), text);
  return Object.fromEntries(Object.entries({ ...copy, [key]: value }).filter(([, v]) => v !== undefined));
}
