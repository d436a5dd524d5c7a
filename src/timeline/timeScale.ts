import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dayToUtcMs, utcMsToDay, type Day } from '../story/day';

export interface TimeScaleOptions {
  /** First and last day of the story. */
  range: readonly [Day, Day];
  /** Where the detailed stretch begins: days from here on get most of the width. */
  focusFrom: Day;
  /** Share of the width given to the years before `focusFrom` (0–1). */
  overviewShare: number;
  width: number;
}

/**
 * A two-level time scale: one polylinear UTC scale that gives the years before the focus a narrow
 * band and the weeks of the focus most of the width, so that 2014 and single days of July 2022 are
 * both reachable by drag on one track.
 */
export function storyTimeScale({
  range,
  focusFrom,
  overviewShare,
  width,
}: TimeScaleOptions): ScaleTime<number, number> {
  const [from, to] = range;
  const split = Math.round(width * overviewShare);
  return scaleUtc()
    .domain([dayToUtcMs(from), dayToUtcMs(focusFrom), dayToUtcMs(to)].map((ms) => new Date(ms)))
    .range([0, split, width])
    .clamp(true);
}

/** The day under an x position on the track. */
export function dayAt(scale: ScaleTime<number, number>, x: number): Day {
  const ms = scale.invert(x).getTime();
  // Round to the nearest UTC midnight: the handle sits at the start of its day.
  return utcMsToDay(Math.round(ms / 86_400_000) * 86_400_000);
}

/** The x position of a day on the track. */
export function xOf(scale: ScaleTime<number, number>, day: Day): number {
  return scale(new Date(dayToUtcMs(day)));
}
