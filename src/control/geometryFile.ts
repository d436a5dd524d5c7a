import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type AreaFeatures = FeatureCollection<Polygon | MultiPolygon>;

/**
 * Checks a geometry file (layerFormat's `intervals/<name>.geojson`) before it goes on the map:
 * a FeatureCollection of polygon features whose every position is a longitude and a latitude.
 * MapLibre drops a feature it cannot read without a word, so a file it would draw as nothing is
 * refused here instead, naming the file, the feature and the position. Returns the collection, or
 * why not.
 */
export function checkGeometryFile(
  raw: unknown,
  file: string,
): { ok: true; features: AreaFeatures } | { ok: false; reason: string } {
  const bad = (why: string) => ({ ok: false as const, reason: `${file}: ${why}` });
  if (typeof raw !== 'object' || raw === null) return bad('is not a JSON object');
  const collection = raw as Partial<FeatureCollection>;
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    return bad('is not a GeoJSON FeatureCollection');
  for (const [i, feature] of (collection.features as unknown[]).entries()) {
    const problem = featureProblem(feature);
    if (problem) return bad(`feature ${i + 1}: ${problem}`);
  }
  return { ok: true, features: collection as AreaFeatures };
}

/** Why a feature cannot be drawn as an area, or null. */
function featureProblem(raw: unknown): string | null {
  const feature = raw as Partial<Feature> | null;
  if (typeof feature !== 'object' || feature === null || feature.type !== 'Feature')
    return 'is not a Feature';
  const geometry = feature.geometry as Partial<Polygon | MultiPolygon> | null | undefined;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return 'is not a polygon';
  const polygons: unknown = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons)) return 'has no coordinates';
  for (const [p, polygon] of (polygons as unknown[]).entries()) {
    const at = geometry.type === 'Polygon' ? '' : `polygon ${p + 1}, `;
    if (!Array.isArray(polygon) || polygon.length === 0) return `${at}has no rings`;
    for (const [r, ring] of (polygon as unknown[]).entries()) {
      const problem = ringProblem(ring);
      if (problem) return `${at}ring ${r + 1}: ${problem}`;
    }
  }
  return null;
}

/** Why a ring is not a closed line of at least four positions, or null. */
function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'is not a list of positions';
  if (ring.length < 4) return `has ${ring.length} positions, fewer than the 4 a ring needs`;
  for (const [k, position] of (ring as unknown[]).entries())
    if (!isPosition(position))
      return `position ${k + 1} (${JSON.stringify(position)?.slice(0, 40)}) is not a longitude and latitude`;
  return null;
}

function isPosition(position: unknown): position is Position {
  if (!Array.isArray(position) || position.length < 2) return false;
  const [lon, lat] = position as unknown[];
  return (
    typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 // false for NaN too
  );
}
