/**
 * The story the preview draws: the assembled story without its draft block and without the items
 * the check has anything to say about (an open day, an unknown place), so the map, timeline and
 * panel only ever get a story the app could load. Null where a mistake lies outside any item (the
 * period, a party, a source): then the page keeps the last preview and says why. Pure.
 */
import type { RawStory } from '../story/types.ts';
import { ITEM_COLLECTIONS } from './authorDraft.ts';
import { namesItem, type CheckMessage } from './checkMessages.ts';

export function previewStory(story: RawStory, messages: readonly CheckMessage[]): RawStory | null {
  const items = new Set<string>(ITEM_COLLECTIONS);
  if (messages.some((m) => m.severity === 'error' && !(m.collection && items.has(m.collection)))) return null;
  const clean = <T extends { id: string }>(collection: string, list: readonly T[]): T[] =>
    list.filter((item, index) => !messages.some((m) => namesItem(m, collection, item.id, index)));
  const rest: RawStory = { ...story };
  delete rest.draft;
  const places = clean('places', story.places ?? []);
  // A place left out takes with it the items that name it.
  const known = (ids: readonly string[] | undefined) =>
    (ids ?? []).every((id) => !story.places?.some((p) => p.id === id) || places.some((p) => p.id === id));
  return {
    ...rest,
    claims: clean('claims', story.claims).filter((c) => known(c.places)),
    events: clean('events', story.events).filter((e) => known(e.places)),
    quotes: clean('quotes', story.quotes).filter((q) => known(q.places)),
    ...(story.places ? { places } : {}),
  };
}
