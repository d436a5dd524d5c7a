import { addDays, holdingHistory, speaksOf, type Day, type Story } from '../story';
import type { ControlInterval } from './layerFormat';
import { intervalAt } from './intervalAt';
import { storyInside } from './storyInside';

/** A run of days, inclusive. */
export interface DayRun {
  from: Day;
  to: Day;
}

/**
 * The days on which the layers disagree about a place with each other or with the stories (the
 * word of the story that counts each day, storyInside): some say inside, some outside. Days where
 * fewer than two say anything are left out, so days the stories are silent on are only compared
 * between layers. The answer only changes where an interval, a story's entry or a story's period
 * starts or ends, so only those days are looked at. Pure: the timeline marks these runs and steps
 * between them.
 */
export function disagreementRuns(
  stories: readonly Story[],
  placeId: string,
  layers: readonly (readonly ControlInterval[])[],
): DayRun[] {
  const starts = new Set<Day>();
  for (const intervals of layers)
    for (const interval of intervals) {
      starts.add(interval.from);
      starts.add(addDays(interval.to, 1));
    }
  for (const story of stories) {
    if (!speaksOf(story, placeId)) continue;
    starts.add(story.period.from);
    starts.add(addDays(story.period.to, 1));
    for (const entry of holdingHistory(story, placeId)) {
      starts.add(entry.from);
      if (entry.to !== undefined) starts.add(addDays(entry.to, 1));
    }
  }
  const days = [...starts].sort();
  const runs: DayRun[] = [];
  days.forEach((day, i) => {
    const next = days[i + 1];
    if (next === undefined) return;
    const said = layers.map((intervals) => intervalAt(intervals, day)?.places.includes(placeId));
    said.push(storyInside(stories, placeId, day));
    const known = said.filter((s) => s !== undefined);
    if (!(known.includes(true) && known.includes(false))) return;
    const to = addDays(next, -1);
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === day) last.to = to;
    else runs.push({ from: day, to });
  });
  return runs;
}
