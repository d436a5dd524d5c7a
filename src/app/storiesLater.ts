import type { ExtraSection } from '../panel/placeBody';
import type { Stories } from '../story';
import type { Page } from './loadPage';
import type { StoriesSlots } from './wireStories';

/**
 * The site's other stories, where it has more than one: fetched, with the picker, the timeline's
 * marks and each place's "Other stories" section (their code too), once the open story is shown. A
 * site of one story loads none of it: `stories` is the open story alone.
 */
export function storiesLater(page: Page) {
  const alone: Stories = { open: page.story, all: [page.story] };
  let section: ExtraSection | null = null;
  let settle: (stories: Stories) => void = () => undefined;
  const several = page.listings.length > 1;
  const stories = several ? new Promise<Stories>((resolve) => (settle = resolve)) : Promise.resolve(alone);
  return {
    /** Every story, loaded (those that could not be are left out, and a notice says so). */
    stories,
    /** Each place's "Other stories" section, empty until the stories are here. */
    extra: ((placeId, day, level) => section?.(placeId, day, level) ?? null) as ExtraSection,
    /** Fetches and shows the other stories in the slots; `refresh` renders the place views again. */
    async show(slots: StoriesSlots, refresh: () => void): Promise<void> {
      if (!several) return;
      try {
        const { wireStories } = await import('./wireStories');
        const wired = await wireStories(page, slots);
        section = wired.section;
        settle(wired.stories);
        refresh();
      } catch {
        settle(alone);
      }
    },
  };
}
