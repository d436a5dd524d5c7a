/**
 * The imported layer's contract: what `npm run import` writes and the app reads. It lives here, in
 * src/, so that the app depends on nothing under scripts/; the importer and the build plugin import
 * it from here.
 *
 * Files, under LAYER_DIR of the site, all static, served as they are by any host:
 * - `control.json`, the index: source, tolerance, and the intervals with their area statistics, the
 *   story places inside, the snapshot each came from and the name of its geometry file. The app
 *   reads it first, and it is the only file whose size grows with the length of the series.
 * - `intervals/<name>.geojson`, one small file per distinct geometry: a FeatureCollection of one
 *   MultiPolygon feature. `<name>` is 16 hex digits of the SHA-1 of the geometry, so intervals with
 *   the same geometry share one file, the bytes of a file never change once written, and a host can
 *   cache them for good. The app fetches one when the day shown needs it, and its neighbours ahead
 *   of a drag or play.
 */
export const LAYER_FORMAT = 'claimline-control/3';
/** The folder of the site (and of `public/`) that holds the layer. */
export const LAYER_DIR = 'control';
export const INDEX_FILE = 'control.json';
/** The folder, beside the index, of the geometry files. */
export const INTERVALS_DIR = 'intervals';
/** Every name the layer's folder holds: the import replaces the folder only when it holds no other. */
export const LAYER_FILES = [INDEX_FILE, INTERVALS_DIR] as const;
/** Site-relative path of the index. */
export const INDEX_PATH = `${LAYER_DIR}/${INDEX_FILE}`;
/** Layer-relative path of a geometry file (`intervals/0123456789abcdef.geojson`). */
export const geometryFile = (name: string): string => `${INTERVALS_DIR}/${name}.geojson`;
/** A geometry file's name: 16 lower-case hex digits. */
export const GEOMETRY_NAME = /^[0-9a-f]{16}$/;

/** The oblasts whose area the import measures, by `properties.id` in geo/oblasts.geojson. */
export const OBLAST_IDS = ['luhansk-oblast', 'donetsk-oblast'] as const;
export type OblastId = (typeof OBLAST_IDS)[number];

export interface OblastArea {
  /** Square kilometres covered, 1 decimal. */
  km2: number;
  /** Percentage of the oblast covered, 2 decimals. */
  pct: number;
}

export type AreaByOblast = Record<OblastId, OblastArea>;

export interface LayerSource {
  name: string;
  licence: string;
  url?: string | undefined;
}

/** When a snapshot was taken: its calendar day and, where the source says, the instant (ISO, UTC). */
export interface SnapshotStamp {
  date: string;
  at?: string | undefined;
}

export interface ControlInterval {
  id: number;
  /** First and last day (ISO, inclusive). Days between intervals are unknown. */
  from: string;
  to: string;
  area: AreaByOblast;
  /** Ids of the story's places inside the interval's area (point in polygon, at import time). */
  places: string[];
  /** Its geometry file's name (geometryFile): shared by the intervals with the same geometry. */
  geometry: string;
  /** The snapshot the interval's state comes from ("as of"). */
  snapshot: SnapshotStamp;
  /** Days of later snapshots within the interval that showed the same state (absent when none). */
  confirmed?: string[] | undefined;
  /** The state jumps and comes back within two days: probably the source's error (absent when not). */
  suspect?: true | undefined;
}

/** The day a reader should be told the state on `day` is "as of": the latest snapshot on or before it. */
export function asOf(interval: ControlInterval, day: string): string {
  let latest = interval.snapshot.date;
  for (const d of interval.confirmed ?? []) if (d <= day && d > latest) latest = d;
  return latest;
}

export interface ControlIndex {
  format: typeof LAYER_FORMAT;
  source: LayerSource;
  /** Simplification tolerance in metres. */
  tolerance: number;
  generated: { snapshots: number; intervals: number; bytesIn: number; bytesOut: number };
  intervals: ControlInterval[];
}
