import { isDay } from './day.ts';
import type { Collection, ItemLocation } from './errorFormat.ts';

/** The story file's items as the cross-checks read them: untyped, each with where it stands. */
export type Item = Record<string, unknown>;
export interface Located {
  item: Item;
  at: ItemLocation;
}

export const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const str = (item: Item, field: string): string | undefined =>
  typeof item[field] === 'string' ? item[field] : undefined;
/** A field's value if it is a real calendar day (malformed days are reported on their own). */
export const day = (item: Item, field: string): string | undefined => {
  const value = str(item, field);
  return isDay(value) ? value : undefined;
};

export function itemsOf(story: Item, collection: Collection): Located[] {
  const list = story[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) =>
    isItem(item) ? [{ item, at: { collection, index, id: item.id } }] : [],
  );
}

export type Report = (at: ItemLocation | undefined, field: string, value: unknown, why: string) => void;
