import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, ImportError } from './errors.ts';
import type { Rings } from './repairGeometry.ts';

export const DEFAULT_PLACES_FILE = fileURLToPath(new URL('../../geo/cities.geojson', import.meta.url));

/** A story place the import locates: its id and where it is. */
export interface StoryPlace {
  id: string;
  at: Position;
}

/** The story's point places (geo/cities.geojson: Point features with `properties.id`). */
export async function loadStoryPlaces(file = DEFAULT_PLACES_FILE): Promise<StoryPlace[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`places: cannot read ${file} (${describe(error)})`);
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new ImportError(`places: ${file} is not a FeatureCollection`);
  return features.flatMap(
    (f: { properties?: { id?: unknown }; geometry?: { type?: string; coordinates?: unknown } }) =>
      f.geometry?.type === 'Point' && typeof f.properties?.id === 'string'
        ? [{ id: f.properties.id, at: f.geometry.coordinates as Position }]
        : [],
  );
}

/** Ids of the places inside the area (a point on the boundary counts as inside), in the places' order. */
export function placesInside(places: readonly StoryPlace[], polygons: readonly Rings[]): string[] {
  if (polygons.length === 0) return [];
  const area = { type: 'MultiPolygon' as const, coordinates: polygons as Rings[] };
  return places.filter((p) => booleanPointInPolygon(p.at, area)).map((p) => p.id);
}
