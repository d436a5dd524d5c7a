import { addDays } from './snapshotDate.ts';

/** One snapshot as far as merging cares: its day and a key of its (simplified) geometry. */
export interface DatedKey {
  date: string;
  key: string;
}

export interface MergedInterval {
  /** 1-based, in date order. */
  id: number;
  from: string;
  /** Last day: the day before the next interval starts, or the last snapshot's day. */
  to: string;
  key: string;
  /** How many snapshots the interval stands for. */
  snapshots: number;
}

/**
 * Merges consecutive snapshots whose geometry key does not change into one interval. Input must
 * have distinct dates; it is sorted here.
 */
export function mergeIntervals(snapshots: readonly DatedKey[]): MergedInterval[] {
  const sorted = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: MergedInterval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.key === s.key) {
      last.to = s.date;
      last.snapshots++;
      continue;
    }
    if (last) last.to = addDays(s.date, -1);
    out.push({ id: out.length + 1, from: s.date, to: s.date, key: s.key, snapshots: 1 });
  }
  return out;
}
