import { addDays, daysBetween } from '../story/day';
import { positionOf } from './intervalAt';

/**
 * The geometry files to fetch ahead of a reader moving through the series. `stride` is the last
 * step in days, signed (a key press moves 1, a play frame across the compressed years many): the
 * plan takes the intervals the next `count` steps of that size will land on, nearest first, and
 * at least the next interval each time, so a slow step still reaches past a long interval. Each
 * file once, never the day's own. Pure, so the order can be tested.
 */
export function prefetchPlan(
  intervals: readonly { from: string; to: string; geometry: string }[],
  day: string,
  stride: number,
  count: number,
): string[] {
  if (stride === 0 || count <= 0) return [];
  const direction = stride > 0 ? 1 : -1;
  const size = Math.max(1, Math.abs(Math.round(stride)));
  const here = positionOf(intervals, day);
  const own = here.at === undefined ? undefined : intervals[here.at]?.geometry;
  // The position the walk starts from: the day's own interval, or the gap's edge before the next.
  let position = here.at ?? (direction === 1 ? here.after - 1 : here.after);
  const names: string[] = [];
  let steps = 1;
  while (names.length < count) {
    const target = positionOf(intervals, addDays(day, direction * steps * size));
    const landed = target.at ?? (direction === 1 ? target.after : target.after - 1);
    position = direction === 1 ? Math.max(position + 1, landed) : Math.min(position - 1, landed);
    const interval = intervals[position];
    if (!interval) break;
    if (interval.geometry !== own && !names.includes(interval.geometry)) names.push(interval.geometry);
    // The next step that lands beyond this interval.
    const edge = direction === 1 ? interval.to : interval.from;
    steps = Math.floor(Math.abs(daysBetween(day, edge)) / size) + 1;
  }
  return names;
}

/**
 * The geometry files of the days an input says it lands on next (`ahead`, nearest first): each
 * file once, never the day's own, at most `count`, so what is fetched ahead fits in the cache
 * beside what is shown. Days in a gap need nothing.
 */
export function aheadPlan(
  intervals: readonly { from: string; to: string; geometry: string }[],
  day: string,
  ahead: readonly string[],
  count: number,
): string[] {
  const here = positionOf(intervals, day).at;
  const own = here === undefined ? undefined : intervals[here]?.geometry;
  const names: string[] = [];
  for (const next of ahead) {
    if (names.length >= count) break;
    const at = positionOf(intervals, next).at;
    const name = at === undefined ? undefined : intervals[at]?.geometry;
    if (name !== undefined && name !== own && !names.includes(name)) names.push(name);
  }
  return names;
}

/** How many interval starts lie between two days: 0 within one interval, 1 to the next, and so on. */
export function intervalsApart(
  intervals: readonly { from: string; to: string }[],
  from: string,
  to: string,
): number {
  return Math.abs(positionOf(intervals, to).after - positionOf(intervals, from).after);
}
