import { addDays, daysBetween } from '../../src/story/day.ts';
import type { SnapshotTime } from './snapshotTime.ts';

/** One day's winning snapshot as far as the series cares: its time and a key of its geometry. */
export interface SeriesSnapshot {
  time: SnapshotTime;
  key: string;
  suspect?: boolean | undefined;
}

export interface BuiltInterval {
  /** 1-based, in date order. */
  id: number;
  from: string;
  /** Last day: the day before the next snapshot, or the snapshot's own day where a gap follows. */
  to: string;
  key: string;
  /** The snapshot the interval's state comes from. */
  snapshot: SnapshotTime;
  /** Days of later snapshots in the interval that showed the same state. */
  confirmed: string[];
  suspect: boolean;
}

/**
 * Turns one snapshot a day (sorted, distinct days) into intervals. A snapshot's state holds from
 * its day until the day before the next snapshot, unless more than `maxGap` days without a
 * snapshot follow: then it holds for its own day only and the days after are unknown. Adjoining
 * days with the same geometry (and the same suspect mark) become one interval.
 */
export function buildIntervals(snapshots: readonly SeriesSnapshot[], maxGap: number): BuiltInterval[] {
  const out: BuiltInterval[] = [];
  snapshots.forEach((s, i) => {
    const next = snapshots[i + 1];
    const missing = next ? daysBetween(s.time.date, next.time.date) - 1 : 0;
    if (next && missing < 0) throw new Error(`internal: snapshots out of order at ${s.time.date}`);
    const to = next && missing <= maxGap ? addDays(next.time.date, -1) : s.time.date;
    const suspect = s.suspect === true;
    const last = out[out.length - 1];
    if (last && last.key === s.key && last.suspect === suspect && addDays(last.to, 1) === s.time.date) {
      last.to = to;
      last.confirmed.push(s.time.date);
      return;
    }
    out.push({
      id: out.length + 1,
      from: s.time.date,
      to,
      key: s.key,
      snapshot: s.time,
      confirmed: [],
      suspect,
    });
  });
  return out;
}
