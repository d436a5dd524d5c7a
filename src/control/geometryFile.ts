import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { jsonValue } from './messageValue';

export type AreaFeatures = FeatureCollection<Polygon | MultiPolygon>;

const isCoordinate = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Why a polygon's rings cannot be drawn, or null: each ring a closed list of at least 4 positions,
 * each position 2 or 3 finite numbers of longitude and latitude. Loops, not recursion, so a file
 * nested far deeper than GeoJSON never reaches the stack's limit, and a million positions take
 * milliseconds. Either winding is accepted: MapLibre and the SVG map draw both the same.
 */
function ringsProblem(rings: unknown, field: string): string | null {
  if (!Array.isArray(rings)) return `${field} (${jsonValue(rings)}) is not a list of rings`;
  for (const [r, ring] of rings.entries()) {
    const at = `${field}[${r}]`;
    if (!Array.isArray(ring) || ring.length < 4)
      return `${at} (${jsonValue(ring)}) is not a ring of at least 4 positions`;
    for (const [p, position] of (ring as unknown[]).entries()) {
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        position.length > 3 ||
        !position.every(isCoordinate)
      )
        return `${at}[${p}] (${jsonValue(position)}) is not a position (2 or 3 finite numbers)`;
      const [lon, lat] = position as number[];
      if (Math.abs(lon as number) > 180 || Math.abs(lat as number) > 90)
        return `${at}[${p}] (${jsonValue(position)}) is not a longitude and latitude`;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1])
      return `${at} is not closed (its last position is not its first)`;
  }
  return null;
}

/** Why a feature is not a polygon that can be drawn, or null. */
function featureProblem(feature: unknown): string | null {
  const f = feature as Partial<Feature> | null;
  if (typeof f !== 'object' || f === null || f.type !== 'Feature') return 'is not a GeoJSON Feature';
  const geometry = f.geometry as Partial<Polygon | MultiPolygon> | null | undefined;
  const type = geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return `geometry.type (${jsonValue(type)}) is not Polygon or MultiPolygon`;
  const coordinates: unknown = geometry?.coordinates;
  if (type === 'Polygon') return ringsProblem(coordinates, 'geometry.coordinates');
  if (!Array.isArray(coordinates))
    return `geometry.coordinates (${jsonValue(coordinates)}) is not a list of polygons`;
  for (const [i, rings] of coordinates.entries()) {
    const problem = ringsProblem(rings, `geometry.coordinates[${i}]`);
    if (problem) return problem;
  }
  return null;
}

/**
 * Checks a geometry file (layerFormat's `intervals/<name>.geojson`) before it goes on the map:
 * a FeatureCollection of polygon features whose coordinates can be drawn. Returns the collection,
 * or why not, naming the file, the feature and the field: a file that is not what the import
 * writes is never drawn as if it were empty.
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
  for (const [i, feature] of collection.features.entries()) {
    const problem = featureProblem(feature);
    if (problem) return bad(`feature ${i + 1}: ${problem}`);
  }
  return { ok: true, features: collection as AreaFeatures };
}
