import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type AreaFeatures = FeatureCollection<Polygon | MultiPolygon>;

/**
 * Checks a geometry file (layerFormat's `intervals/<name>.geojson`) before it goes on the map:
 * a FeatureCollection of polygon features. Returns the collection, or why not, naming the file.
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
  const polygonal = (f: Partial<Feature>) =>
    f?.type === 'Feature' &&
    (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
    Array.isArray(f.geometry.coordinates);
  if (!collection.features.every(polygonal)) return bad('holds a feature that is not a polygon');
  return { ok: true, features: collection as AreaFeatures };
}
