import type { AreaFeatures } from './geometryFile';
import type { Area, Rings } from './areaChange';

/**
 * A geometry file's polygons as one area (MultiPolygon coordinates), longitude and latitude only:
 * what the change between two days is computed on.
 */
export function areaOfFeatures(features: AreaFeatures): Area {
  const ring = (positions: number[][]) => positions.map((p) => [p[0], p[1]] as [number, number]);
  const polygon = (rings: number[][][]): Rings => rings.map(ring);
  return features.features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon' ? [polygon(geometry.coordinates)] : geometry.coordinates.map(polygon),
  );
}
