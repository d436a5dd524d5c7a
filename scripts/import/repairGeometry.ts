import { intersect } from '@turf/intersect';
import { rewind } from '@turf/rewind';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import selfIntersections from 'geojson-polygon-self-intersections';
import type { Polygon, Position } from 'geojson';
import { addCount, type Counts } from './counts.ts';
import type { RawPolygon } from './readSnapshot.ts';

/** Polygon coordinates: rings, the first one outer. */
export type Rings = Position[][];

export interface RepairResult {
  polygons: Rings[];
  /** What was repaired, by kind (rings rewound, empty parts dropped, self-intersections fixed). */
  repairs: Counts;
  /** Features left with nothing once empty parts were dropped. */
  dropped: Counts;
}

/** Raised for geometry that cannot be repaired; the message names the feature. */
export class GeometryError extends Error {
  override readonly name = 'GeometryError';
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));

function checkPosition(p: unknown, feature: number): Position {
  if (!isPosition(p)) {
    throw new GeometryError(
      `feature ${feature}: coordinate ${JSON.stringify(p) ?? String(p)} is not a pair of numbers`,
    );
  }
  const [lon = NaN, lat = NaN] = p;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new GeometryError(
      `feature ${feature}: coordinate [${lon}, ${lat}] is not longitude/latitude (reproject to WGS 84)`,
    );
  }
  return [lon, lat];
}

/** Checks a ring's positions, drops repeated points, closes it; null when fewer than 3 corners. */
function cleanRing(ring: unknown, feature: number, repairs: Counts): Position[] | null {
  if (!Array.isArray(ring))
    throw new GeometryError(`feature ${feature}: a ring is not an array of positions`);
  const out: Position[] = [];
  for (const raw of ring as unknown[]) {
    const p = checkPosition(raw, feature);
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out.push(first);
    addCount(repairs, 'unclosed rings closed');
  }
  return out.length >= 4 ? out : null;
}

/** Twice the signed area (positive = counter-clockwise), to count rings that rewind turns. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function polygonsOf(raw: RawPolygon): unknown[] {
  if (!Array.isArray(raw.coordinates)) {
    throw new GeometryError(`feature ${raw.feature}: ${raw.type} coordinates are not an array`);
  }
  return raw.type === 'Polygon' ? [raw.coordinates] : (raw.coordinates as unknown[]);
}

/** Resolves self-intersections by letting the polygon clipper (polyclip, via turf) rebuild it. */
export function resolveSelfIntersections(rings: Rings): Rings[] {
  const shape = turfPolygon(rings);
  const box = turfPolygon([
    [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, 90],
      [-180, -90],
    ],
  ]);
  const fixed = intersect(featureCollection([shape, box]));
  if (!fixed) return [];
  const g = fixed.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** True when edges of the polygon cross (rbush-indexed check; turf's kinks is quadratic). */
export function hasKinks(rings: Rings): boolean {
  return selfIntersections(turfPolygon(rings)).geometry.coordinates.length > 0;
}

/**
 * Checks and repairs the polygons of one snapshot: coordinates must be longitude/latitude numbers
 * (else GeometryError); repeated points and empty parts are dropped, open rings closed, rings
 * rewound to RFC 7946 order, self-intersecting polygons rebuilt by the polygon clipper.
 */
export function repairPolygons(raws: readonly RawPolygon[]): RepairResult {
  const repairs: Counts = new Map();
  const dropped: Counts = new Map();
  const polygons: Rings[] = [];
  for (const raw of raws) {
    let kept = 0;
    for (const rawRings of polygonsOf(raw)) {
      if (!Array.isArray(rawRings))
        throw new GeometryError(`feature ${raw.feature}: a polygon is not an array of rings`);
      const rings: Rings = [];
      for (const r of rawRings as unknown[]) {
        const ring = cleanRing(r, raw.feature, repairs);
        if (ring && (rings.length > 0 || r === rawRings[0])) rings.push(ring);
        else addCount(repairs, 'empty parts dropped');
      }
      if (rings.length === 0) continue;
      if (hasKinks(rings)) {
        // The clipper rebuilds the rings, in RFC 7946 order.
        addCount(repairs, 'self-intersections fixed');
        const fixed = resolveSelfIntersections(rings);
        polygons.push(...fixed);
        kept += fixed.length;
        continue;
      }
      rings.forEach((ring, i) => {
        if ((i === 0) !== signedArea(ring) > 0) addCount(repairs, 'rings rewound');
      });
      polygons.push((rewind({ type: 'Polygon', coordinates: rings }) as Polygon).coordinates);
      kept++;
    }
    if (kept === 0) addCount(dropped, 'empty polygon');
  }
  return { polygons, repairs, dropped };
}
