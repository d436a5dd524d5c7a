import { areaStats, type AreaByOblast } from './areaStats.ts';
import { addCount, mergeCounts, type Counts } from './counts.ts';
import { describe, ImportError, SnapshotError } from './errors.ts';
import type { LayerSource } from '../../src/control/layerFormat.ts';
import { listInputs } from './listInputs.ts';
import { mergeIntervals, type DatedKey } from './mergeIntervals.ts';
import { loadClipRegion, type ClipRegion } from './oblasts.ts';
import { silentProgress, type Progress } from './progress.ts';
import { readSnapshot } from './readSnapshot.ts';
import { renderLayer } from './renderLayer.ts';
import { repairPolygons } from './repairGeometry.ts';
import { geometryKey } from './roundGeometry.ts';
import { simplifySnapshot } from './simplifySnapshot.ts';
import type { ImportReport } from './summary.ts';
import type { WhereClause } from './where.ts';
import { writeLayer, type LayerFs } from './writeLayer.ts';

export interface ImportOptions {
  /** Folders of snapshots and/or snapshot files. */
  inputs: string[];
  out: string;
  dateProperty?: string | undefined;
  where: WhereClause[];
  /** Simplification tolerance in metres. */
  tolerance: number;
  source: LayerSource;
  onError: 'skip' | 'stop';
  /** The oblasts to clip to (default geo/oblasts.geojson). */
  oblastsFile?: string | undefined;
}

export interface ImportHooks {
  progress?: (total: number) => Progress;
  /** File operations for the final write (tests inject failures). */
  fs?: LayerFs;
}

interface Shape {
  coordinates: string;
  area: AreaByOblast;
}

interface Processed {
  dated: DatedKey & { file: string };
  bytes: number;
}

async function processFile(
  file: string,
  options: ImportOptions,
  clip: ClipRegion,
  shapes: Map<string, Shape>,
  totals: { dropped: Counts; repairs: Counts },
  byDate: ReadonlyMap<string, string>,
): Promise<Processed> {
  const snapshot = await readSnapshot(file, { dateProperty: options.dateProperty, where: options.where });
  const earlier = byDate.get(snapshot.date);
  if (earlier !== undefined)
    throw new SnapshotError(file, `duplicate date ${snapshot.date} (also in ${earlier})`);
  let key: string;
  const repairs: Counts = new Map();
  const dropped: Counts = new Map(snapshot.dropped);
  try {
    const repaired = repairPolygons(snapshot.polygons);
    mergeCounts(repairs, repaired.repairs);
    mergeCounts(dropped, repaired.dropped);
    const simplified = await simplifySnapshot(repaired.polygons, clip, options.tolerance);
    addCount(repairs, 'self-intersections from rounding fixed', simplified.roundingFixes);
    key = geometryKey(simplified.polygons);
    if (!shapes.has(key)) {
      shapes.set(key, {
        coordinates: JSON.stringify(simplified.polygons),
        area: areaStats(simplified.pieces, clip.oblasts),
      });
    }
  } catch (error) {
    throw new SnapshotError(file, `invalid geometry that cannot be repaired (${describe(error)})`);
  }
  // Counted only for files that are used, so a skipped file leaves no trace in the totals.
  mergeCounts(totals.dropped, dropped);
  mergeCounts(totals.repairs, repairs);
  return { dated: { file, date: snapshot.date, key }, bytes: snapshot.bytes };
}

/**
 * Imports a series of dated snapshots into the control layer under `options.out`. A bad file
 * stops the run (SnapshotError, nothing written) or, with onError 'skip', is left out and listed
 * in the report. The output is replaced only when the whole layer has been written.
 */
export async function runImport(options: ImportOptions, hooks: ImportHooks = {}): Promise<ImportReport> {
  const started = performance.now();
  const files = await listInputs(options.inputs);
  const clip = await loadClipRegion(options.oblastsFile);
  const shapes = new Map<string, Shape>();
  const totals = { dropped: new Map<string, number>(), repairs: new Map<string, number>() };
  const used: (DatedKey & { file: string })[] = [];
  const byDate = new Map<string, string>();
  const skipped: SnapshotError[] = [];
  let bytesIn = 0;
  const progress = (hooks.progress ?? (() => silentProgress))(files.length);
  try {
    for (const file of files) {
      try {
        const { dated, bytes } = await processFile(file, options, clip, shapes, totals, byDate);
        byDate.set(dated.date, file);
        used.push(dated);
        bytesIn += bytes;
      } catch (error) {
        if (!(error instanceof SnapshotError) || options.onError === 'stop') throw error;
        skipped.push(error);
      }
      progress.tick(file);
    }
  } finally {
    progress.stop();
  }
  if (used.length === 0) throw new ImportError('no snapshot could be imported; nothing written');
  const intervals = mergeIntervals(used).map(({ id, from, to, key }) => {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`internal: no geometry for interval ${id}`);
    return { id, from, to, area: shape.area, coordinates: shape.coordinates };
  });
  const layer = renderLayer({
    source: options.source,
    tolerance: options.tolerance,
    snapshots: used.length,
    bytesIn,
    intervals,
  });
  await writeLayer(options.out, layer.files, hooks.fs);
  return {
    out: options.out,
    tolerance: options.tolerance,
    snapshots: used.length,
    skipped,
    intervals: intervals.length,
    dropped: totals.dropped,
    repairs: totals.repairs,
    bytesIn,
    bytesOut: layer.bytesOut,
    files: Object.fromEntries(
      Object.entries(layer.files).map(([name, text]) => [name, Buffer.byteLength(text)]),
    ),
    seconds: (performance.now() - started) / 1000,
  };
}
