/**
 * The story file the editor downloads, assembled from the draft: the drafter's parties and sources,
 * the items left after deletions with their edits, the period stretched to the items' days. While
 * any item is not yet accepted it stays a draft: its `draft` block keeps the article's text, the
 * evidence of the items left, and the open items the editor has not settled (a field filled in
 * settles one; an accepted item has none: a field it still lacks is then a mistake). Once every item
 * is accepted and nothing is open, the block goes: the file is a reviewed story.
 */
import { isDay, type Day } from '../story/day.ts';
import type { RawDraftOpenItem, RawStory } from '../story/types.ts';
import { itemKey, type AuthorDraft, type AuthorItem } from './authorDraft.ts';
import { valueAt } from './editField.ts';

const DAY_FIELDS = ['saidOn', 'reportedOn', 'from', 'to', 'day', 'until'];

/** Whether an open item is settled: its field filled in, or its item accepted. Open items of the
 * parties and sources, which the page does not edit, stay open. */
const isSettled = (item: AuthorItem | undefined, open: RawDraftOpenItem): boolean => {
  if (!item) return false;
  if (item.accepted) return true;
  const value = valueAt(item.value, open.field);
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

/** The first day any item or the publication names: where the story's period starts. */
function firstDay(items: readonly AuthorItem[], published: Day): Day {
  const days = items.flatMap((item) => DAY_FIELDS.map((field) => item.value[field]).filter(isDay));
  return days.reduce((first, day) => (day < first ? day : first), published);
}

export function assembleStory(draft: AuthorDraft): RawStory {
  const { base, items } = draft;
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  const deleted = new Set(draft.deleted);
  const published = base.draft?.published ?? base.period.to;
  // The items as the editor left them: the check, not the type, says whether each is whole.
  const listed = <T>(collection: string) =>
    items.filter((item) => item.collection === collection).map((item) => item.value) as unknown as T[];
  const places = listed<NonNullable<RawStory['places']>[number]>('places');
  const story: RawStory = {
    title: draft.title,
    period: { from: firstDay(items, published), to: published },
    parties: base.parties,
    sources: base.sources,
    claims: listed('claims'),
    control: base.control,
    events: listed('events'),
    quotes: listed('quotes'),
    ...(places.length ? { places } : {}),
  };
  if (!base.draft) return story;
  const open = base.draft.open.filter(
    (o) => !deleted.has(itemKey(o)) && !isSettled(byKey.get(itemKey(o)), o),
  );
  if (open.length === 0 && items.every((item) => item.accepted)) return story;
  const evidence = base.draft.evidence.filter((e) => !deleted.has(itemKey(e)));
  return { draft: { ...base.draft, evidence, open }, ...story };
}
