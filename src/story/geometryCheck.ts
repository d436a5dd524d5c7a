/**
 * Geometry checks for claims drawn as polygons. Uses turf, so it runs at build time only (via
 * validateStory); nothing the browser imports depends on this module.
 *
 * turf's booleanValid accepts a self-crossing "bow-tie" ring, so kinks is run as well; and an
 * unclosed ring is reported in plain words before turf gets to say only "invalid".
 */
import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
}
function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.every(isPosition);
}
function isPolygonCoordinates(value: unknown): value is Ring[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRing);
}

/** The geometry if it has the shape of a Polygon/MultiPolygon (the schema reports anything else). */
export function asPolygonal(value: unknown): Polygon | MultiPolygon | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon' && isPolygonCoordinates(coordinates)) return { type, coordinates };
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygonCoordinates)) {
    return { type, coordinates };
  }
  return undefined;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const formatPosition = (p: Position): string => `[${p.map(round).join(', ')}]`;

/** Reasons the geometry is unusable, each phrased to follow "geometry (<type>)"; empty when fine. */
export function geometryProblems(geometry: Polygon | MultiPolygon): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const problems: string[] = [];
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const where = geometry.type === 'Polygon' ? `ring ${r + 1}` : `polygon ${p + 1} ring ${r + 1}`;
      if (ring.length < 4) problems.push(`has ${where} with fewer than 4 positions`);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.push(
          `has ${where} that is not closed (first ${formatPosition(first)}, last ${formatPosition(last)})`,
        );
      }
      for (const position of ring) {
        const [lon = NaN, lat = NaN] = position;
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
          problems.push(`has ${where} position ${formatPosition(position)} outside longitude/latitude range`);
          break;
        }
      }
    });
  });
  // Structural problems make turf's answers meaningless; report them alone.
  if (problems.length > 0) return problems;
  for (const point of kinks(geometry).features) {
    problems.push(`crosses itself at ${formatPosition(point.geometry.coordinates)}`);
  }
  if (problems.length === 0 && booleanValid(geometry) !== true) {
    problems.push('is not a valid polygon (e.g. a hole outside its shell or overlapping parts)');
  }
  return problems;
}
