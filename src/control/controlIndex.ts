import { isDay } from '../story/day';
import {
  GEOMETRY_NAME,
  INDEX_PATH,
  LAYER_FORMAT,
  type ControlIndex,
  type ControlInterval,
} from './layerFormat';

export type { ControlIndex, ControlInterval };

/**
 * Checks an imported layer's index (INDEX_PATH) before the app trusts it. Returns the
 * index, or null with the reasons, each naming the file, the item and the field. An index with no
 * intervals means "no layer" (the build ships one when nothing was imported).
 */
export function checkControlIndex(
  raw: unknown,
  file = INDEX_PATH,
): { index: ControlIndex | null; errors: string[] } {
  const errors: string[] = [];
  const fail = (where: string, why: string) => errors.push(`${file}: ${where}: ${why}`);
  if (typeof raw !== 'object' || raw === null) {
    fail('file', 'is not a JSON object');
    return { index: null, errors };
  }
  const index = raw as Partial<ControlIndex>;
  const intervals: unknown = index.intervals;
  if (index.format !== LAYER_FORMAT)
    fail('format', `expected "${LAYER_FORMAT}", found ${JSON.stringify(index.format)}`);
  if (!Array.isArray(intervals)) fail('intervals', 'is missing or not a list');
  if (errors.length || !Array.isArray(intervals) || intervals.length === 0) return { index: null, errors };
  if (typeof index.source?.name !== 'string') fail('source.name', 'is missing');
  let previousTo = '';
  (intervals as Partial<ControlInterval>[]).forEach((interval, i) => {
    const at = `interval ${interval.id ?? `#${i + 1}`}`;
    if (typeof interval.id !== 'number' || !Number.isInteger(interval.id))
      fail(at, 'id is not a whole number');
    if (!isDay(interval.from)) fail(at, `from (${String(interval.from)}) is not a calendar day`);
    if (!isDay(interval.to)) fail(at, `to (${String(interval.to)}) is not a calendar day`);
    else if (isDay(interval.from) && interval.to < interval.from) {
      fail(at, `to (${interval.to}) is before from (${interval.from})`);
    }
    if (!Array.isArray(interval.places) || interval.places.some((p) => typeof p !== 'string'))
      fail(at, 'places is not a list of place ids');
    if (typeof interval.geometry !== 'string' || !GEOMETRY_NAME.test(interval.geometry))
      fail(at, `geometry (${JSON.stringify(interval.geometry)}) is not a geometry file name (16 hex digits)`);
    if (!isDay(interval.snapshot?.date)) fail(at, 'snapshot.date is not a calendar day');
    if (
      interval.confirmed !== undefined &&
      !(Array.isArray(interval.confirmed) && interval.confirmed.every(isDay))
    )
      fail(at, 'confirmed is not a list of calendar days');
    if (interval.suspect !== undefined && interval.suspect !== true)
      fail(at, 'suspect is neither true nor absent');
    if (isDay(interval.from) && interval.from <= previousTo) {
      fail(at, `from (${interval.from}) overlaps the interval before it (to ${previousTo})`);
    }
    if (isDay(interval.to)) previousTo = interval.to;
  });
  return errors.length ? { index: null, errors } : { index: index as ControlIndex, errors };
}

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

/** The first and last day the layer covers, or null when it has no intervals. */
export function layerSpan(index: ControlIndex): readonly [string, string] | null {
  const first = index.intervals[0];
  const last = index.intervals[index.intervals.length - 1];
  return first && last ? [first.from, last.to] : null;
}
