import type { AreaByOblast } from '../../src/control/layerFormat.ts';
import { areaStats } from './areaStats.ts';
import { addCount, mergeCounts, type Counts } from './counts.ts';
import { describe, SnapshotError } from './errors.ts';
import { loadClipRegion } from './oblasts.ts';
import { readSnapshot, type ReadOptions } from './readSnapshot.ts';
import { repairPolygons } from './repairGeometry.ts';
import { geometryKey } from './roundGeometry.ts';
import { simplifySnapshot } from './simplifySnapshot.ts';
import type { SnapshotTime } from './snapshotTime.ts';
import { loadStoryPlaces, placesInside, type StoryPlace } from './storyPlaces.ts';
import { formatWhere } from './where.ts';

/** What one snapshot's import needs; plain data, so that a worker thread can be given it. */
export interface SnapshotSettings {
  read: ReadOptions;
  tolerance: number;
  allowEmpty: boolean;
  oblastsFile?: string | undefined;
  placesFile?: string | undefined;
}

/** One imported snapshot; plain data (counts as entries), so that it can cross from a worker. */
export interface ImportedSnapshot {
  file: string;
  time: SnapshotTime;
  bytes: number;
  key: string;
  /** The layer geometry as MultiPolygon coordinates (JSON text). */
  coordinates: string;
  area: AreaByOblast;
  places: string[];
  dropped: [string, number][];
  repairs: [string, number][];
  /** Features or polygons left out, each `file: feature N: reason`. */
  problems: string[];
}

export interface SnapshotImporter {
  (file: string): Promise<ImportedSnapshot>;
}

function emptyMessage(settings: SnapshotSettings, features: number, dropped: Counts): string {
  const where = settings.read.where;
  const filter = where.length ? `--where ${formatWhere(where)}` : 'the import (no --where)';
  const why = [...dropped].map(([reason, n]) => `${n} ${reason}`).join(', ');
  return (
    `no polygon matches ${filter} (${features} feature${features === 1 ? '' : 's'}${why ? `: ${why}` : ''}); ` +
    `see every value with --list-values ${where[0]?.key ?? 'KEY'}, or accept empty snapshots with --allow-empty`
  );
}

/**
 * Makes the function that imports one snapshot file: read, keep the matching polygons, repair them
 * feature by feature, simplify and clip them to the oblasts, measure the area and find the story's
 * places inside. Throws SnapshotError for a bad file, including one in which no polygon matches
 * (unless `allowEmpty`): a snapshot that says nothing is not a snapshot of "no control".
 */
export async function snapshotImporter(settings: SnapshotSettings): Promise<SnapshotImporter> {
  const clip = await loadClipRegion(settings.oblastsFile);
  const places: readonly StoryPlace[] = await loadStoryPlaces(settings.placesFile);
  return async (file) => {
    const snapshot = await readSnapshot(file, settings.read);
    const repaired = repairPolygons(snapshot.polygons, clip.workBox);
    const dropped: Counts = new Map(snapshot.dropped);
    mergeCounts(dropped, repaired.dropped);
    if (snapshot.polygons.length === repaired.problems.length && !settings.allowEmpty) {
      throw new SnapshotError(file, emptyMessage(settings, snapshot.features, dropped));
    }
    let simplified;
    try {
      simplified = await simplifySnapshot(repaired.polygons, clip, settings.tolerance);
    } catch (error) {
      throw new SnapshotError(file, `the geometry could not be simplified and clipped (${describe(error)})`);
    }
    addCount(
      repaired.repairs,
      'crossings made by simplification or rounding fixed',
      simplified.roundingFixes,
    );
    const coordinates = JSON.stringify(simplified.polygons);
    return {
      file,
      time: snapshot.time,
      bytes: snapshot.bytes,
      key: geometryKey(coordinates),
      coordinates,
      area: areaStats(simplified.pieces, clip.oblasts),
      places: placesInside(places, simplified.polygons),
      dropped: [...dropped],
      repairs: [...repaired.repairs],
      problems: [...repaired.problems, ...simplified.problems].map((p) => `${file}: ${p}`),
    };
  };
}
