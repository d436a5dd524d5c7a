import { holdingAt, storyOn, type Day, type Story } from '../story';

/**
 * The parties an imported layer's area stands for: ground held (an assessed layer) or claimed (a
 * claimed layer) by Russia and the forces it backs. The story's holdings are set against
 * the layers through it: a city the story has held by one of these is "inside".
 */
export const AREA_PARTIES: ReadonlySet<string> = new Set(['ru', 'lpr', 'dpr']);

/**
 * Whether the stories have the place held by one of AREA_PARTIES on `day`, in the word of the
 * story that counts that day (storyOn); undefined where they do not say. Past the end of every
 * story that speaks of the place they are silent: silence is not a claim, nothing is set against it.
 */
export function storyInside(stories: readonly Story[], placeId: string, day: Day): boolean | undefined {
  const word = storyOn(stories, placeId, day);
  const entry = word.story ? holdingAt(word.story, placeId, day) : undefined;
  return entry === undefined ? undefined : AREA_PARTIES.has(entry.controller);
}
