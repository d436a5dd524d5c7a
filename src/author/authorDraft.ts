/**
 * The authoring page's one state: the drafter's story and the editor's work on it. Pure data and a
 * reducer; no DOM. The items the editor reviews are the drafted quotes, claims, events and the
 * places the drafter added from the gazetteer; the parties and sources stay as drafted.
 */
import type { RawStory } from '../story/types.ts';
import { editField } from './editField.ts';

export type ItemCollection = 'quotes' | 'claims' | 'events' | 'places';
export const ITEM_COLLECTIONS: readonly ItemCollection[] = ['quotes', 'claims', 'events', 'places'];

/** A drafted item as the editor has it: its fields (edited in place) and whether it is accepted. */
export interface AuthorItem {
  collection: ItemCollection;
  id: string;
  accepted: boolean;
  value: Readonly<Record<string, unknown>>;
}

export interface AuthorDraft {
  /** The drafter's story: title, parties, sources and the draft block (text, evidence, open items). */
  base: RawStory;
  title: string;
  /** The items still in the story, in the drafter's order. */
  items: readonly AuthorItem[];
  /** `collection/id` of the items the editor deleted. */
  deleted: readonly string[];
}

export type AuthorAction =
  | { type: 'edit'; collection: ItemCollection; id: string; field: string; value: string }
  | { type: 'accept'; collection: ItemCollection; id: string; accepted: boolean }
  | { type: 'delete'; collection: ItemCollection; id: string }
  | { type: 'title'; value: string };

export const itemKey = (item: { collection: string; id: string }): string => `${item.collection}/${item.id}`;

/** A fresh draft from the drafter's story: every item drafted, none accepted. */
export function authorDraft(story: RawStory): AuthorDraft {
  const items = ITEM_COLLECTIONS.flatMap((collection) =>
    (story[collection] ?? []).map((value): AuthorItem => ({
      collection,
      id: value.id,
      accepted: false,
      // Edited field by field from the form's text: a plain record, whole or not as the check says.
      value: structuredClone(value) as unknown as Record<string, unknown>,
    })),
  );
  return { base: story, title: story.title, items, deleted: [] };
}

/** The draft after one of the editor's actions; the draft given is never changed. */
export function authorReducer(draft: AuthorDraft, action: AuthorAction): AuthorDraft {
  if (action.type === 'title') return { ...draft, title: action.value };
  const key = itemKey(action);
  if (!draft.items.some((item) => itemKey(item) === key)) return draft;
  if (action.type === 'delete') {
    return {
      ...draft,
      items: draft.items.filter((item) => itemKey(item) !== key),
      deleted: [...draft.deleted, key],
    };
  }
  const change = (item: AuthorItem): AuthorItem =>
    action.type === 'accept'
      ? { ...item, accepted: action.accepted }
      : { ...item, value: editField(item.value, action.field, action.value, item.collection) };
  return { ...draft, items: draft.items.map((item) => (itemKey(item) === key ? change(item) : item)) };
}
