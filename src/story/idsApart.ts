/**
 * Keeps a new story's ids apart from the site's: a drafted story names its article's source
 * `article` and its quotes after their words, so a second story of the same days comes out with
 * ids the site's stories already use, which the build refuses (crossStoryErrors). Each clashing
 * source, claim, holding, event or quote gets the first free `<id>-2`, `<id>-3`…, and every field
 * that refers to a renamed source, and the draft's evidence and open items, follow it.
 */
import { REFERENCES } from './crossChecks.ts';
import type { Collection } from './errorFormat.ts';
import type { RawStory } from './types.ts';

/** The collections whose ids are the story's own (parties and places are shared across stories). */
const OWN = ['sources', 'claims', 'control', 'events', 'quotes'] as const satisfies readonly Collection[];

type Entry = Record<string, unknown>;

/** Every id the stories use in their own collections: what a new story must not use. */
export function takenIds(stories: readonly RawStory[]): Set<string> {
  return new Set(
    stories.flatMap((story) =>
      OWN.flatMap((collection) =>
        ((story[collection] ?? []) as unknown as Entry[]).map((item) => String(item.id)),
      ),
    ),
  );
}

/** The story with its own ids renamed where `taken` has them; the story itself is not changed. */
export function idsApart(story: RawStory, taken: ReadonlySet<string>): RawStory {
  const out = structuredClone(story) as unknown as Record<string, unknown>;
  const used = new Set([...taken, ...takenIds([story])]);
  const renamed = new Map<string, Map<string, string>>();
  for (const collection of OWN) {
    const names = new Map<string, string>();
    for (const item of (out[collection] ?? []) as Entry[]) {
      const id = String(item.id);
      if (!taken.has(id)) continue;
      let next = id;
      for (let n = 2; used.has(next); n++) next = `${id}-${n}`;
      used.add(next);
      names.set(id, next);
      item.id = next;
    }
    renamed.set(collection, names);
  }
  const sources = renamed.get('sources') ?? new Map<string, string>();
  for (const collection of Object.keys(REFERENCES) as Collection[])
    for (const item of (out[collection] ?? []) as Entry[])
      for (const [field, target] of REFERENCES[collection]) {
        const value = item[field];
        if (target === 'source' && typeof value === 'string') item[field] = sources.get(value) ?? value;
      }
  const draft = out.draft as { evidence?: Entry[]; open?: Entry[] } | undefined;
  for (const entry of [...(draft?.evidence ?? []), ...(draft?.open ?? [])]) {
    const names = renamed.get(String(entry.collection));
    const id = String(entry.id);
    entry.id = names?.get(id) ?? id;
  }
  return out as unknown as RawStory;
}
