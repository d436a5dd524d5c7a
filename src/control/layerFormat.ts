/**
 * The imported layers' contract: what `npm run import` writes and the app reads. It lives here, in
 * src/, so that the app depends on nothing under scripts/; the importer and the build plugin import
 * it from here.
 *
 * Files, under LAYER_DIR of the site, all static, served as they are by any host:
 * - `layers.json`, the list (LayerList): each layer's id, kind, source and span, in the order the
 *   app shows them. Small: it grows with the number of layers, not with their length.
 * - `<id>/control.json`, one layer's index (ControlIndex): source, tolerance, and the intervals
 *   with their area statistics, the story places inside, the snapshot each came from and the name
 *   of its geometry file. The only files whose size grows with the length of a series.
 * - `<id>/intervals/<name>.geojson`, one small file per distinct geometry: a FeatureCollection of
 *   one MultiPolygon feature. `<name>` is 16 hex digits of the SHA-1 of the geometry, so intervals
 *   with the same geometry share one file, the bytes of a file never change once written, and a
 *   host can cache them for good. The app fetches one when the day shown needs it, and its
 *   neighbours ahead of a drag or play.
 *
 * The import writes a layer's folder whole, by renames, then the list; `--remove-layer` takes the
 * layer out of the list, then removes its folder. A reader never sees a listed layer half written.
 */
export const LAYER_FORMAT = 'claimline-control/4';
export const LAYERS_FORMAT = 'claimline-layers/1';
/** The folder of the site (and of `public/`) that holds the layers. */
export const LAYER_DIR = 'control';
export const LAYERS_FILE = 'layers.json';
/** Site-relative path of the list of layers. */
export const LAYERS_PATH = `${LAYER_DIR}/${LAYERS_FILE}`;
/** A layer's index, inside its folder. */
export const INDEX_FILE = 'control.json';
/** The folder, beside a layer's index, of its geometry files. */
export const INTERVALS_DIR = 'intervals';
/** Every name a layer's own folder holds: the import replaces the folder only when it holds no other. */
export const LAYER_FILES = [INDEX_FILE, INTERVALS_DIR] as const;
/** Layer-relative path of a geometry file (`intervals/0123456789abcdef.geojson`). */
export const geometryFile = (name: string): string => `${INTERVALS_DIR}/${name}.geojson`;
/** Site-relative path of a layer's index (`control/deepstate/control.json`). */
export const layerIndexPath = (id: string): string => `${LAYER_DIR}/${id}/${INDEX_FILE}`;
/** Site-relative path of one of a layer's geometry files. */
export const layerGeometryPath = (id: string, name: string): string =>
  `${LAYER_DIR}/${id}/${geometryFile(name)}`;
// A geometry file's text form, its head and tail, is in geometryFileText.ts: only the page's lazy
// layer code reads it, so the first load does not carry it.
/** A geometry file's name: 16 lower-case hex digits. */
export const GEOMETRY_NAME = /^[0-9a-f]{16}$/;
/**
 * A layer id: a slug of lower-case letters, digits and inner hyphens, 1 to 32 characters. It names
 * a folder and a URL path segment, so nothing else is allowed.
 */
export const LAYER_ID = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
/** How many layers the app can tell apart (one outline and pattern each, see ui/palette). */
export const MAX_LAYERS = 4;

/**
 * What a layer shows: a monitor's assessment of who holds the ground, or the area a party claims
 * (annexation maps, official statements drawn as areas).
 */
export const LAYER_KINDS = ['assessed', 'claimed'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

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
  /** The layer's id (LAYER_ID), the name of its folder. */
  id: string;
  kind: LayerKind;
  source: LayerSource;
  /** Simplification tolerance in metres. */
  tolerance: number;
  generated: { snapshots: number; intervals: number; bytesIn: number; bytesOut: number };
  intervals: ControlInterval[];
}

/** One entry of the list of layers: enough to name, style and credit a layer before its index loads. */
export interface LayerEntry {
  id: string;
  kind: LayerKind;
  source: LayerSource;
  /** First and last day the layer covers (ISO). */
  from: string;
  to: string;
  /** Site-relative path of its index (layerIndexPath(id)). */
  index: string;
}

export interface LayerList {
  format: typeof LAYERS_FORMAT;
  layers: LayerEntry[];
}
