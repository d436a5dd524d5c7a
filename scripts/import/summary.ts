import { totalCount, type Counts } from './counts.ts';
import type { SnapshotError } from './errors.ts';

export interface ImportReport {
  out: string;
  tolerance: number;
  /** Snapshot files read and used. */
  snapshots: number;
  /** Files skipped with --on-error skip, with their problem. */
  skipped: SnapshotError[];
  intervals: number;
  dropped: Counts;
  repairs: Counts;
  bytesIn: number;
  bytesOut: number;
  /** Bytes of each written file. */
  files: Record<string, number>;
  seconds: number;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function countLines(title: string, counts: Counts): string[] {
  if (counts.size === 0) return [`${title}: none`];
  return [
    `${title}: ${totalCount(counts)}`,
    ...[...counts].map(([reason, n]) => `  ${String(n).padStart(7)}  ${reason}`),
  ];
}

/** The closing summary, as lines of text. */
export function formatSummary(r: ImportReport): string {
  const ratio = r.bytesIn > 0 ? (100 * r.bytesOut) / r.bytesIn : 0;
  const lines = [
    `Imported ${r.snapshots} snapshot${r.snapshots === 1 ? '' : 's'} into ${r.intervals} interval${r.intervals === 1 ? '' : 's'} in ${r.seconds.toFixed(1)} s -> ${r.out}`,
    `Simplified to ${r.tolerance} m, clipped to Luhansk and Donetsk oblasts, coordinates rounded to 4 decimals`,
    ...countLines('Features dropped', r.dropped),
    ...countLines('Geometry repaired', r.repairs),
  ];
  if (r.skipped.length > 0) {
    lines.push(`Files skipped: ${r.skipped.length}`, ...r.skipped.map((e) => `  ${e.message}`));
  }
  lines.push(
    `Bytes in ${formatBytes(r.bytesIn)}, out ${formatBytes(r.bytesOut)} (${ratio.toFixed(1)} % of input)`,
    ...Object.entries(r.files).map(([name, bytes]) => `  ${name} ${formatBytes(bytes)}`),
  );
  return lines.join('\n');
}
