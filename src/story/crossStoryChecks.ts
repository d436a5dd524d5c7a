/**
 * Checks across the story files one site ships (geo/stories/): each file's name is its story's id,
 * no two stories use the same id for an item (their quotes, events and sources sit side by side
 * on one page, and links name them), and what stories share means the same in each: a party id
 * is one party, a place a story carries is one place. Each mistake is one line in the story error
 * format, on the file that comes later in the list, naming the file it clashes with.
 */
import { formatError, ITEM_KINDS, type Collection } from './errorFormat.ts';
import { isItem, itemsOf, str, type Item } from './storyItems.ts';

/** A story file as read: its id (the file name without .json), its path for messages, its JSON. */
export interface StoryFileRead {
  id: string;
  file: string;
  raw: unknown;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collections whose ids must be unique across every story. */
const OWN: readonly Collection[] = ['sources', 'claims', 'control', 'events', 'quotes'];

/** What must agree for a shared id to name the same thing: a party's name, a place's position. */
const SAME: Partial<Record<Collection, (item: Item) => string>> = {
  parties: (item) => `${str(item, 'name')} (${str(item, 'status')})`,
  places: (item) => `${str(item, 'kind')} at ${JSON.stringify(item.coordinates)}`,
};

export function crossStoryErrors(stories: readonly StoryFileRead[]): string[] {
  const errors: string[] = [];
  const storyIds = new Map<string, string>();
  for (const { id, file } of stories) {
    if (!SLUG.test(id))
      errors.push(
        formatError(
          file,
          undefined,
          'story id',
          id,
          'must be a slug: lower-case letters and digits joined by single hyphens (the file name is the id)',
        ),
      );
    const other = storyIds.get(id);
    if (other !== undefined)
      errors.push(
        formatError(
          file,
          undefined,
          'story id',
          id,
          `is also the id of ${other}; a story id names one story`,
        ),
      );
    else storyIds.set(id, file);
  }
  for (const collection of [...OWN, 'parties', 'places'] as Collection[]) {
    const seen = new Map<string, { file: string; same: string }>();
    for (const { file, raw } of stories) {
      if (!isItem(raw)) continue;
      for (const { item, at } of itemsOf(raw, collection)) {
        if (typeof item.id !== 'string') continue;
        const same = SAME[collection]?.(item) ?? '';
        const first = seen.get(item.id);
        if (!first) {
          seen.set(item.id, { file, same });
          continue;
        }
        if (first.file === file) continue; // a duplicate within one file is the file's own check
        const kind = ITEM_KINDS[collection];
        const aKind = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
        if (!SAME[collection])
          errors.push(
            formatError(
              file,
              at,
              'id',
              item.id,
              `is also ${aKind} id in ${first.file}; ids must be unique across stories: rename one`,
            ),
          );
        else if (same !== first.same)
          errors.push(
            formatError(
              file,
              at,
              'id',
              item.id,
              `is ${aKind} in ${first.file} too, but there it is ${first.same}, here ${same}; one id, one ${kind} in every story`,
            ),
          );
      }
    }
  }
  return errors;
}
