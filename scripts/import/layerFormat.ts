import type { AreaByOblast } from './areaStats.ts';

/**
 * The layer contract the app loads: `control.json` (index: source, tolerance, intervals with area
 * statistics) and `control.geojson` (one MultiPolygon feature per interval, `id` = interval id).
 */
export const LAYER_FORMAT = 'claimline-control/1';
export const INDEX_FILE = 'control.json';
export const GEOMETRY_FILE = 'control.geojson';
export const LAYER_FILES = [INDEX_FILE, GEOMETRY_FILE] as const;

export interface LayerSource {
  name: string;
  licence: string;
  url?: string | undefined;
}

export interface ControlInterval {
  id: number;
  from: string;
  to: string;
  area: AreaByOblast;
}

export interface ControlIndex {
  format: typeof LAYER_FORMAT;
  source: LayerSource;
  /** Simplification tolerance in metres. */
  tolerance: number;
  generated: { snapshots: number; intervals: number; bytesIn: number; bytesOut: number };
  intervals: ControlInterval[];
}
