import { addDays } from '../story/day';
import { positionOf } from './intervalAt';
import { asOf, type ControlInterval } from './layerFormat';

/** Where a place stands in one imported layer on one day. */
export type PlaceStatus =
  | { known: false }
  | {
      known: true;
      inside: boolean;
      /** First day of the current run: the place has been inside (or outside) since this day. */
      since: string;
      /** Last day of the current run, as far as the layer goes. */
      until: string;
      /** What follows the run: the other answer from the next day, or nothing known (a gap, the end). */
      then: 'changes' | 'unknown';
      /** The source's snapshot the day's state is as of. */
      asOf: string;
      suspect: boolean;
    };

/**
 * Is the place inside the layer's area on `day`, since when and until when? The run goes back and
 * on through adjoining intervals with the same answer; it stops at a gap (unknown days) and does
 * not count suspect intervals as breaking it, since those are probably the source's error.
 */
export function placeStatus(
  intervals: readonly ControlInterval[],
  placeId: string,
  day: string,
): PlaceStatus {
  const i = positionOf(intervals, day).at ?? -1;
  const interval = intervals[i];
  if (!interval) return { known: false };
  const inside = interval.places.includes(placeId);
  let since = interval.from;
  for (let j = i - 1; j >= 0; j--) {
    const earlier = intervals[j];
    const later = intervals[j + 1];
    if (!earlier || !later || addDays(earlier.to, 1) !== later.from) break;
    if (!earlier.suspect && earlier.places.includes(placeId) !== inside) break;
    since = earlier.from;
  }
  let until = interval.to;
  let then: 'changes' | 'unknown' = 'unknown';
  for (let j = i + 1; j < intervals.length; j++) {
    const earlier = intervals[j - 1];
    const later = intervals[j];
    if (!earlier || !later || addDays(earlier.to, 1) !== later.from) break;
    if (!later.suspect && later.places.includes(placeId) !== inside) {
      then = 'changes';
      break;
    }
    until = later.to;
  }
  return {
    known: true,
    inside,
    since,
    until,
    then,
    asOf: asOf(interval, day),
    suspect: interval.suspect === true,
  };
}
