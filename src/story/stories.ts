/**
 * The site's stories side by side: which of them speak of a place, and which one's word counts on a
 * day. A story speaks only of its own period: past its end it is silent, and silence is not a claim,
 * so it is never set against anything. Pure, so it is tested in node.
 */
import { claimsCovering, holdingAt } from './queries.ts';
import type { Day, Story } from './types.ts';

/** A story as the site's index lists it (built from geo/stories/): enough to pick it and place it. */
export interface StoryListing {
  id: string;
  title: string;
  period: { from: Day; to: Day };
  /** Its file, relative to the page. */
  url: string;
}

/** The open story and every story of the site (the open one among them), loaded. */
export interface Stories {
  readonly open: Story;
  readonly all: readonly Story[];
}

/** Whether the story names the place: in a holding, a claim, an event or a quote. */
export function speaksOf(story: Story, placeId: string): boolean {
  return (
    story.holdingsByPlace.has(placeId) ||
    story.quotesByPlace.has(placeId) ||
    story.events.some((e) => e.places.includes(placeId)) ||
    story.claims.some((c) => c.places?.includes(placeId) === true)
  );
}

/** What the stories say of a place on a day: the story whose word counts, or that they are silent. */
export type StoriesWord =
  | { story: Story }
  | {
      story: null;
      /** The last day of the latest story that speaks of the place and ended before the day; null if none did. */
      since: Day | null;
    };

/** Whether the story records something about the place on the day: who held it, or a claim over it. */
const saysOn = (story: Story, placeId: string, day: Day): boolean =>
  holdingAt(story, placeId, day) !== undefined || claimsCovering(story, placeId, day).length > 0;

const later = (a: Story, b: Story): boolean =>
  a.period.to > b.period.to || (a.period.to === b.period.to && a.period.from > b.period.from);

/**
 * Whose word counts for a place on a day: of the stories that speak of the place and whose period
 * has the day, the latest (by its last day) that records something about the place that day, else
 * the latest of them. Where none has the day in its period, the stories are silent.
 */
export function storyOn(stories: readonly Story[], placeId: string, day: Day): StoriesWord {
  let best: Story | null = null;
  let bestSays = false;
  let since: Day | null = null;
  for (const story of stories) {
    if (!speaksOf(story, placeId)) continue;
    if (story.period.to < day) {
      if (since === null || story.period.to > since) since = story.period.to;
      continue;
    }
    if (story.period.from > day) continue;
    const says = saysOn(story, placeId, day);
    if (!best || (says && !bestSays) || (says === bestSays && later(story, best))) {
      best = story;
      bestSays = says;
    }
  }
  return best ? { story: best } : { story: null, since };
}

/** The stories other than `open` that speak of the place, in the site's order. */
export function otherStoriesOf(stories: readonly Story[], open: Story, placeId: string): Story[] {
  return stories.filter((story) => story.id !== open.id && speaksOf(story, placeId));
}
