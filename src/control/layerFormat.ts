/**
 * The imported layer's contract: what `npm run import` writes and the app reads. It lives here, in
 * src/, so that the app depends on nothing under scripts/; the importer and the build plugin import
 * it from here.
 *
 * Files, under LAYER_DIR of the site: `control.json` (the index: source, tolerance, intervals with
 * their area statistics, the story places inside and the snapshot each came from) and `control.geojson` (one MultiPolygon feature per
 * interval, `id` = interval id).
 */
export const LAYER_FORMAT = 'claimline-control/2';
/** The folder of the site (and of `public/`) that holds the layer. */
export const LAYER_DIR = 'control';
export const INDEX_FILE = 'control.json';
export const GEOMETRY_FILE = 'control.geojson';
export const LAYER_FILES = [INDEX_FILE, GEOMETRY_FILE] as const;
/** Site-relative paths of the two files. */
export const INDEX_PATH = `${LAYER_DIR}/${INDEX_FILE}`;
export const GEOMETRY_PATH = `${LAYER_DIR}/${GEOMETRY_FILE}`;

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
