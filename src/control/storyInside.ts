import { statusAt, type Day, type Story } from '../story';

/**
 * The parties an imported layer's area stands for: ground held (an assessed layer) or claimed (a
 * claimed layer) by Russia and the forces it backs. The story's control entries are set against
 * the layers through it: a city the story has held by one of these is "inside".
 */
export const AREA_PARTIES: ReadonlySet<string> = new Set(['ru', 'lpr', 'dpr']);

/** Whether the story has the place held by one of AREA_PARTIES on `day`; undefined where it does not say. */
export function storyInside(story: Story, placeId: string, day: Day): boolean | undefined {
  const entry = statusAt(story, placeId, day);
  return entry === undefined ? undefined : AREA_PARTIES.has(entry.controller);
}
