// The part of geojson-polygon-self-intersections (ships no types) that repairGeometry.ts uses.
declare module 'geojson-polygon-self-intersections' {
  import type { Feature, MultiPoint, Polygon } from 'geojson';

  /** Points where the polygon's edges cross (shared vertices are not reported by default). */
  function selfIntersections(feature: Feature<Polygon>): Feature<MultiPoint>;
  export default selfIntersections;
}
