import type { ControlInterval } from './layerFormat';

/** The interval in force on a day (intervals are sorted and disjoint), by binary search. */
export function intervalAt(intervals: readonly ControlInterval[], day: string): ControlInterval | undefined {
  const i = positionOf(intervals, day);
  return i.at === undefined ? undefined : intervals[i.at];
}

/**
 * Where a day falls among the sorted, disjoint intervals: `at`, the position of the interval in
 * force on it (undefined in a gap or outside the series), and `after`, the position of the first
 * interval that starts after it (intervals.length when none does).
 */
export function positionOf(
  intervals: readonly { from: string; to: string }[],
  day: string,
): { at: number | undefined; after: number } {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid];
    if (!interval) break;
    if (day < interval.from) hi = mid - 1;
    else if (day > interval.to) lo = mid + 1;
    else return { at: mid, after: mid + 1 };
  }
  return { at: undefined, after: lo };
}
