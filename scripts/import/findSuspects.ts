import { compareDays, daysBetween } from '../../src/story/day.ts';
import type { AreaByOblast, OblastId } from '../../src/control/layerFormat.ts';

export interface SuspectRun {
  oblast: OblastId;
  /** The share on the snapshot before the jump. */
  before: { date: string; pct: number };
  /** The days of the jump, with their shares. */
  during: { date: string; pct: number }[];
  /** The snapshot that came back. */
  after: { date: string; pct: number };
}

/** How many days a jump may last and still count as one that "comes back". */
export const COMES_BACK_WITHIN_DAYS = 2;

/**
 * Days on which an oblast's share jumps by more than `jump` percentage points from the snapshot
 * before, and comes back (to within `jump` of where it was) within two days: in a daily series
 * that is almost always the source dropping or garbling a polygon, not the front moving.
 */
export function findSuspects(
  snapshots: readonly { date: string; area: AreaByOblast }[],
  oblasts: readonly OblastId[],
  jump: number,
): SuspectRun[] {
  const runs: SuspectRun[] = [];
  for (const oblast of oblasts) {
    const pct = (i: number) => snapshots[i]?.area[oblast].pct ?? 0;
    for (let i = 1; i < snapshots.length; i++) {
      const base = pct(i - 1);
      const start = snapshots[i];
      if (!start || Math.abs(pct(i) - base) <= jump) continue;
      let k = i + 1;
      while (k < snapshots.length && Math.abs(pct(k) - base) > jump) k++;
      const back = snapshots[k];
      if (!back || daysBetween(start.date, back.date) > COMES_BACK_WITHIN_DAYS) continue;
      runs.push({
        oblast,
        before: { date: snapshots[i - 1]?.date ?? '', pct: base },
        during: snapshots.slice(i, k).map((s, j) => ({ date: s.date, pct: pct(i + j) })),
        after: { date: back.date, pct: pct(k) },
      });
      i = k;
    }
  }
  return runs.sort((a, b) => compareDays(a.before.date, b.before.date));
}

/** The days of every run, once. */
export const suspectDays = (runs: readonly SuspectRun[]): Set<string> =>
  new Set(runs.flatMap((r) => r.during.map((d) => d.date)));

export function formatSuspect(run: SuspectRun, names: Readonly<Record<string, string>> = {}): string {
  const name = names[run.oblast] ?? run.oblast;
  const during = run.during.map((d) => `${d.date} ${d.pct}%`).join(', ');
  return `${name}: ${run.before.pct}% on ${run.before.date}, then ${during}, back to ${run.after.pct}% on ${run.after.date}`;
}
