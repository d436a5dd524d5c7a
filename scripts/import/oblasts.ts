import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, ImportError } from './errors.ts';

import { OBLAST_IDS, type OblastId } from '../../src/control/layerFormat.ts';

export { OBLAST_IDS, type OblastId };

export const DEFAULT_OBLASTS_FILE = fileURLToPath(new URL('../../geo/oblasts.geojson', import.meta.url));

export interface Oblast {
  id: OblastId;
  feature: Feature<Polygon | MultiPolygon>;
  /** Area in km² (turf, spherical). */
  km2: number;
}

export interface ClipRegion {
  oblasts: Oblast[];
  /** West, south, east, north of both oblasts. */
  box: [number, number, number, number];
  /** The box with a margin: what the import repairs and simplifies (edge effects stay outside). */
  workBox: [number, number, number, number];
  /** Both oblasts as one collection, the clip layer for mapshaper. */
  collection: FeatureCollection<Polygon | MultiPolygon>;
}

/** Degrees around the oblasts' box that the import keeps while it repairs and simplifies. */
export const BOX_MARGIN = 0.1;

/** Builds the clip region from polygon features (exported for tests with hand-made shapes). */
export function clipRegion(features: ReadonlyArray<Feature<Polygon | MultiPolygon>>): ClipRegion {
  const oblasts = OBLAST_IDS.map((id): Oblast => {
    const feature = features.find((f) => f.properties?.id === id);
    if (!feature) throw new ImportError(`oblasts: no polygon feature with properties.id "${id}"`);
    return { id, feature, km2: area(feature) / 1e6 };
  });
  const collection: ClipRegion['collection'] = {
    type: 'FeatureCollection',
    features: oblasts.map((o) => o.feature),
  };
  const [w, s, e, n] = bbox(collection);
  return {
    oblasts,
    box: [w, s, e, n],
    workBox: [w - BOX_MARGIN, s - BOX_MARGIN, e + BOX_MARGIN, n + BOX_MARGIN],
    collection,
  };
}

/** Reads the two oblasts from geo/oblasts.geojson (or another file with the same ids). */
export async function loadClipRegion(file = DEFAULT_OBLASTS_FILE): Promise<ClipRegion> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`oblasts: cannot read ${file} (${describe(error)})`);
  }
  const features = (json as FeatureCollection).features;
  if (!Array.isArray(features)) throw new ImportError(`oblasts: ${file} is not a FeatureCollection`);
  const polygons = features.filter(
    (f): f is Feature<Polygon | MultiPolygon> =>
      f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  return clipRegion(polygons);
}
