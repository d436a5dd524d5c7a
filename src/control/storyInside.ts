import { holdingAt, type Day, type Story } from '../story';

/**
 * The parties an imported layer's area stands for: ground held (an assessed layer) or claimed (a
 * claimed layer) by Russia and the forces it backs. The story's holdings are set against
 * the layers through it: a city the story has held by one of these is "inside".
 */
export const AREA_PARTIES: ReadonlySet<string> = new Set(['ru', 'lpr', 'dpr']);

/**
 * The story's last word on or before `day`: past the story's end, what it said on its last day. A
 * claim made stays made, so the layers are set against it after the story, and the words say so.
 */
export const lastWordDay = (story: Story, day: Day): Day => (day > story.period.to ? story.period.to : day);

/** Whether the story's last word has the place held by one of AREA_PARTIES; undefined where it does not say. */
export function storyInside(story: Story, placeId: string, day: Day): boolean | undefined {
  const entry = holdingAt(story, placeId, lastWordDay(story, day));
  return entry === undefined ? undefined : AREA_PARTIES.has(entry.controller);
}
