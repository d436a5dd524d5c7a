import { SnapshotError } from './errors.ts';
import { compareTimes, type SnapshotTime } from './snapshotTime.ts';

export interface TimedFile {
  file: string;
  time: SnapshotTime;
}

export interface DayPlan {
  date: string;
  /** The day's snapshots, latest first: the first that imports is the day's state. */
  candidates: TimedFile[];
}

/**
 * Groups files by day; within a day the latest instant wins. Several snapshots of one day of which
 * one has no time cannot be ordered: that day is refused (SnapshotError), since picking one would
 * be a guess.
 */
export function planSnapshots(files: readonly TimedFile[]): { days: DayPlan[]; refused: SnapshotError[] } {
  const byDay = new Map<string, TimedFile[]>();
  for (const f of files) {
    const list = byDay.get(f.time.date);
    if (list) list.push(f);
    else byDay.set(f.time.date, [f]);
  }
  const days: DayPlan[] = [];
  const refused: SnapshotError[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const list = byDay.get(date) ?? [];
    const untimed = list.filter((f) => f.time.at === undefined);
    if (list.length > 1 && untimed.length > 0) {
      const others = list.filter((f) => f !== untimed[0]).map((f) => f.file);
      refused.push(
        new SnapshotError(
          untimed[0]?.file ?? '',
          `${list.length} snapshots of ${date} (also ${others.join(', ')}) and not all of them say at what time, so the last cannot be told; give times with --date-pattern or --date-property, or leave all but one out`,
        ),
      );
      continue;
    }
    // Latest first; two files of the same instant in a fixed order, so the import stays deterministic.
    const candidates = [...list].sort((a, b) => compareTimes(b.time, a.time) || (a.file < b.file ? 1 : -1));
    days.push({ date, candidates });
  }
  return { days, refused };
}
