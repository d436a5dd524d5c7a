import {
  INDEX_FILE,
  INTERVALS_DIR,
  LAYERS_FILE,
  OBLAST_IDS,
  type AreaByOblast,
  type LayerKind,
  type LayerSource,
} from '../../src/control/layerFormat.ts';
import { addDays } from '../../src/story/day.ts';
import { buildIntervals } from './buildIntervals.ts';
import { mergeCounts, type Counts } from './counts.ts';
import { ImportError, SnapshotError } from './errors.ts';
import { findSuspects, suspectDays, type SuspectRun } from './findSuspects.ts';
import { entryOf, renderLayerList } from './layerList.ts';
import { listInputs } from './listInputs.ts';
import { planSnapshots, type DayPlan, type TimedFile } from './planSnapshots.ts';
import { silentProgress, type Progress } from './progress.ts';
import {
  featuresOfFile,
  readJsonFile,
  timeOfFile,
  timeOfParsedFile,
  type ReadOptions,
} from './readSnapshot.ts';
import { renderLayer } from './renderLayer.ts';
import { defaultThreads, snapshotPool } from './snapshotPool.ts';
import type { SnapshotTime, TimeReading } from './snapshotTime.ts';
import type { ImportReport } from './summary.ts';
import type { WhereClause } from './where.ts';
import type { LayerFs } from './writeLayer.ts';
import { checkLayerTarget, putLayer } from './writeLayers.ts';

export interface ImportOptions {
  /** Folders of snapshots and/or snapshot files. */
  inputs: string[];
  /** The layers' root folder: the list and one folder per layer. */
  out: string;
  /** The layer to add or replace (LAYER_ID); the other layers are left as they are. */
  layer: string;
  kind: LayerKind;
  dateProperty?: string | undefined;
  where: WhereClause[];
  /** Simplification tolerance in metres. */
  tolerance: number;
  source: LayerSource;
  onError: 'skip' | 'stop';
  /** The oblasts to clip to (default geo/oblasts.geojson). */
  oblastsFile?: string | undefined;
  /** The story's places to locate (default geo/cities.geojson). */
  placesFile?: string | undefined;
  /** Which day an instant belongs to, and a custom pattern for dates in names. */
  reading?: TimeReading | undefined;
  /** Accept a snapshot in which no polygon matches as "nothing under control" (default: a bad file). */
  allowEmpty?: boolean | undefined;
  /** Days without a snapshot that a state is carried over (default 7). */
  maxGap?: number | undefined;
  /** Percentage points that make a jump that comes back suspect (default 5). */
  suspectJump?: number | undefined;
  /** Treat suspect days as missing instead of marking them. */
  dropSuspect?: boolean | undefined;
}

export const DEFAULT_MAX_GAP = 7;
/** Below this many days the import runs in one thread. */
const SMALL_SERIES = 24;
export const DEFAULT_SUSPECT_JUMP = 5;

export interface ImportHooks {
  progress?: (total: number) => Progress;
  /** File operations for the final write (tests inject failures). */
  fs?: LayerFs;
  /** Worker threads for the snapshots (default: one per core, at most 4; 0: this thread). */
  threads?: number;
}

interface Shape {
  coordinates: string;
  area: AreaByOblast;
  places: string[];
}

interface Imported {
  file: string;
  time: SnapshotTime;
  key: string;
  bytes: number;
}

/** Bytes written: the layer's index, its geometry files together under one line, and the list. */
function writtenSizes(
  id: string,
  files: Readonly<Record<string, string>>,
  list: string,
): Record<string, number> {
  const names = Object.keys(files);
  const geometry = names.filter((name) => name !== INDEX_FILE);
  const bytes = (list: string[]) => list.reduce((n, name) => n + Buffer.byteLength(files[name] ?? ''), 0);
  return {
    [`${id}/${INDEX_FILE}`]: bytes([INDEX_FILE]),
    [`${id}/${INTERVALS_DIR}/ (${geometry.length} files)`]: bytes(geometry),
    [LAYERS_FILE]: Buffer.byteLength(list),
  };
}

/** How every file is read: where its time comes from and which features count. */
export const readOptionsOf = (options: ImportOptions): ReadOptions => ({
  dateProperty: options.dateProperty,
  where: options.where,
  reading: options.reading,
});

/** Each file's time: from its name, or (with --date-property) by reading it. */
async function timeFiles(read: ReadOptions, files: readonly string[], fail: (e: SnapshotError) => void) {
  const timed: TimedFile[] = [];
  for (const file of files) {
    try {
      let time = timeOfFile(file, read);
      if (!time) {
        const { json } = await readJsonFile(file);
        time = timeOfParsedFile(file, json, featuresOfFile(file, json), read);
      }
      timed.push({ file, time });
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      fail(error);
    }
  }
  return timed;
}

/**
 * Imports a series of dated snapshots into layer `options.layer` under the root `options.out`,
 * adding it to the list of layers or replacing it there; the other layers are left as they are.
 * Each day's
 * state is its last snapshot; days without one carry the last state forward for up to `maxGap`
 * days; a jump that comes back within two days is marked suspect (or dropped). A bad file stops
 * the run (SnapshotError, nothing written) or, with onError 'skip', is left out and listed; a
 * feature that cannot be repaired is left out and named, and its day still imports. The layer's
 * folder and the list are replaced only when the whole layer has been written. The root is checked
 * first, so a refused layer (bad id, foreign files, no room) costs no import time.
 */
export async function runImport(options: ImportOptions, hooks: ImportHooks = {}): Promise<ImportReport> {
  const started = performance.now();
  await checkLayerTarget(options.out, options.layer);
  const files = await listInputs(options.inputs);
  const read = readOptionsOf(options);
  const skipped: SnapshotError[] = [];
  const fail = (error: SnapshotError): void => {
    if (options.onError === 'stop') throw error;
    skipped.push(error);
  };
  const plan = planSnapshots(await timeFiles(read, files, fail));
  plan.refused.forEach(fail);

  // Worker threads pay off only past a few days: each starts its own loader and clip region.
  const threads = hooks.threads ?? (plan.days.length >= SMALL_SERIES ? defaultThreads() : 0);
  const pool = await snapshotPool(
    {
      read,
      tolerance: options.tolerance,
      allowEmpty: options.allowEmpty === true,
      oblastsFile: options.oblastsFile,
      placesFile: options.placesFile,
    },
    threads,
  );
  const shapes = new Map<string, Shape>();
  const totals = { dropped: new Map() as Counts, repairs: new Map() as Counts, problems: [] as string[] };
  const imported: Imported[] = [];
  let superseded = 0;
  /** The day's state: its latest snapshot that imports, trying earlier ones when it does not. */
  const importDay = async (day: DayPlan) => {
    const failures: SnapshotError[] = [];
    for (const [i, candidate] of day.candidates.entries()) {
      try {
        return {
          result: await pool.importFile(candidate.file),
          unread: day.candidates.length - 1 - i,
          failures,
        };
      } catch (error) {
        if (!(error instanceof SnapshotError)) throw error;
        failures.push(error);
      }
    }
    return { result: undefined, unread: 0, failures };
  };
  const progress = (hooks.progress ?? (() => silentProgress))(plan.days.length);
  // A bounded window of days in flight keeps every thread busy and memory flat; results are
  // taken in day order, so the output does not depend on which thread finishes first.
  const window: ReturnType<typeof importDay>[] = [];
  try {
    const ahead = Math.max(2, 2 * threads);
    let next = 0;
    const fill = () => {
      while (window.length < ahead && next < plan.days.length) {
        const day = plan.days[next++];
        if (day) window.push(importDay(day));
      }
    };
    fill();
    for (const day of plan.days) {
      const { result, unread, failures } = await (window.shift() as ReturnType<typeof importDay>);
      fill();
      failures.forEach(fail);
      if (result) {
        if (!shapes.has(result.key)) {
          shapes.set(result.key, {
            coordinates: result.coordinates,
            area: result.area,
            places: result.places,
          });
        }
        // Counted only for files that are used, so a skipped file leaves no trace in the totals.
        mergeCounts(totals.dropped, new Map(result.dropped));
        mergeCounts(totals.repairs, new Map(result.repairs));
        totals.problems.push(...result.problems);
        imported.push({ file: result.file, time: result.time, key: result.key, bytes: result.bytes });
        superseded += unread;
      }
      progress.tick(day.candidates[0]?.file ?? day.date);
    }
  } finally {
    progress.stop();
    // After a failure the days still in flight end when the pool closes; their outcome is moot.
    for (const day of window) day.catch(() => {});
    await pool.close();
  }
  if (imported.length === 0) throw new ImportError('no snapshot could be imported; nothing written');

  const shapeOf = (key: string): Shape => {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`internal: no geometry for ${key}`);
    return shape;
  };
  const jump = options.suspectJump ?? DEFAULT_SUSPECT_JUMP;
  const suspects: SuspectRun[] = findSuspects(
    imported.map((s) => ({ date: s.time.date, area: shapeOf(s.key).area })),
    OBLAST_IDS,
    jump,
  );
  const suspect = suspectDays(suspects);
  const series = imported
    .filter((s) => !(options.dropSuspect && suspect.has(s.time.date)))
    .map((s) => ({ time: s.time, key: s.key, suspect: suspect.has(s.time.date) }));
  if (series.length === 0)
    throw new ImportError('every snapshot is suspect and --drop-suspect left none; nothing written');
  const maxGap = options.maxGap ?? DEFAULT_MAX_GAP;
  const built = buildIntervals(series, maxGap);
  const intervals = built.map((i) => {
    const shape = shapeOf(i.key);
    return {
      id: i.id,
      from: i.from,
      to: i.to,
      area: shape.area,
      places: shape.places,
      snapshot: i.snapshot,
      confirmed: i.confirmed,
      suspect: i.suspect,
      coordinates: shape.coordinates,
    };
  });
  const bytesIn = imported.reduce((n, s) => n + s.bytes, 0);
  const layer = renderLayer({
    id: options.layer,
    kind: options.kind,
    source: options.source,
    tolerance: options.tolerance,
    snapshots: imported.length,
    bytesIn,
    intervals,
  });
  const list = await putLayer(options.out, entryOf(layer.index), layer.files, hooks.fs);
  const gaps = built.flatMap((interval, i) => {
    const next = built[i + 1];
    return next && next.from !== addDays(interval.to, 1) ? [{ after: interval.to, resumes: next.from }] : [];
  });
  return {
    out: options.out,
    layer: options.layer,
    kind: options.kind,
    layers: list.layers.map((l) => l.id),
    tolerance: options.tolerance,
    files: files.length,
    snapshots: imported.length,
    superseded,
    skipped,
    intervals: intervals.length,
    first: built[0]?.from ?? '',
    last: built[built.length - 1]?.to ?? '',
    gaps,
    maxGap,
    suspects,
    suspectJump: jump,
    droppedSuspect: options.dropSuspect === true,
    dropped: totals.dropped,
    repairs: totals.repairs,
    problems: totals.problems,
    bytesIn,
    bytesOut: layer.bytesOut,
    written: writtenSizes(options.layer, layer.files, renderLayerList(list)),
    seconds: (performance.now() - started) / 1000,
  };
}
