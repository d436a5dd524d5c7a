import { totalCount, type Counts } from './counts.ts';
import type { SnapshotError } from './errors.ts';
import { formatSuspect, suspectDays, type SuspectRun } from './findSuspects.ts';

export interface ImportReport {
  /** The layers' root folder. */
  out: string;
  /** The layer written, what it shows, and every layer listed afterwards, in order. */
  layer: string;
  kind: string;
  layers: string[];
  tolerance: number;
  /** Input files found. */
  files: number;
  /** Snapshots imported: one per day. */
  snapshots: number;
  /** Earlier snapshots of a day that a later one of the same day replaced. */
  superseded: number;
  /** Files skipped with --on-error skip, with their problem. */
  skipped: SnapshotError[];
  intervals: number;
  /** First and last day of the series. */
  first: string;
  last: string;
  /** Stretches longer than maxGap without a snapshot: unknown days. */
  gaps: { after: string; resumes: string }[];
  maxGap: number;
  suspects: SuspectRun[];
  suspectJump: number;
  droppedSuspect: boolean;
  dropped: Counts;
  repairs: Counts;
  /** Features (or polygons) that could not be repaired, each naming file, feature and reason. */
  problems: string[];
  bytesIn: number;
  bytesOut: number;
  /** Bytes of each written file. */
  written: Record<string, number>;
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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Lists at most `limit` lines, then says how many more there are. */
function listed(lines: readonly string[], limit = 20): string[] {
  const shown = lines.slice(0, limit).map((l) => `  ${l}`);
  return lines.length > limit ? [...shown, `  … and ${lines.length - limit} more`] : shown;
}

/** The closing summary, as lines of text. */
export function formatSummary(r: ImportReport, oblastNames: Readonly<Record<string, string>> = {}): string {
  const ratio = r.bytesIn > 0 ? (100 * r.bytesOut) / r.bytesIn : 0;
  const lines = [
    `Imported ${plural(r.snapshots, 'snapshot')} (${r.first} to ${r.last}) into ${plural(r.intervals, 'interval')} in ${r.seconds.toFixed(1)} s -> ${r.out}/${r.layer}`,
    `Layer "${r.layer}" (${r.kind}); layers listed in ${r.out}/layers.json: ${r.layers.join(', ')}`,
    `Files read: ${r.files}; superseded by a later snapshot of the same day: ${r.superseded}; skipped: ${r.skipped.length}`,
    `Simplified to ${r.tolerance} m, clipped to Luhansk and Donetsk oblasts, coordinates rounded to 4 decimals`,
    ...countLines('Features dropped', r.dropped),
    ...countLines('Geometry repaired', r.repairs),
  ];
  if (r.problems.length > 0)
    lines.push(`Features that could not be repaired: ${r.problems.length}`, ...listed(r.problems));
  if (r.skipped.length > 0)
    lines.push(`Files skipped: ${r.skipped.length}`, ...listed(r.skipped.map((e) => e.message)));
  lines.push(
    r.gaps.length === 0
      ? `Gaps longer than ${r.maxGap} days: none`
      : `Gaps longer than ${r.maxGap} days (unknown in the layer): ${r.gaps.length}`,
    ...listed(r.gaps.map((g) => `after ${g.after}, resumes ${g.resumes}`)),
  );
  const verb = r.droppedSuspect ? 'treated as missing' : 'marked suspect';
  lines.push(
    r.suspects.length === 0
      ? `Suspect jumps (over ${r.suspectJump} points and back within two days): none`
      : `Suspect jumps (over ${r.suspectJump} points and back within two days), ${verb}: ${plural(suspectDays(r.suspects).size, 'day')} (${plural(r.suspects.length, 'jump')} by oblast)`,
    ...listed(r.suspects.map((s) => formatSuspect(s, oblastNames))),
    `Bytes in ${formatBytes(r.bytesIn)}, out ${formatBytes(r.bytesOut)} (${ratio.toFixed(1)} % of input)`,
    ...Object.entries(r.written).map(([name, bytes]) => `  ${name} ${formatBytes(bytes)}`),
  );
  return lines.join('\n');
}
