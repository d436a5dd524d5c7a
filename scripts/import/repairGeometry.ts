import { bbox } from '@turf/bbox';
import { bboxClip } from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { rewind } from '@turf/rewind';
import { polygon as turfPolygon } from '@turf/helpers';
import selfIntersections from 'geojson-polygon-self-intersections';
import type { Polygon, Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import { addCount, type Counts } from './counts.ts';
import type { RawPolygon } from './readSnapshot.ts';

/** Polygon coordinates: rings, the first one outer. */
export type Rings = Position[][];

export interface RepairResult {
  polygons: Rings[];
  /** What was repaired, by kind (rings rewound, 3-D coordinates flattened, self-intersections fixed…). */
  repairs: Counts;
  /** Features (or parts of them) left out, by reason. */
  dropped: Counts;
  /** One line for each feature that could not be repaired: `feature N: reason`. */
  problems: string[];
}

/** Raised for a feature that cannot be repaired; the message names the feature. */
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
  return p.length > 2 ? [lon, lat] : p;
}

/** Checks a ring's positions, drops repeated points, closes it; null when fewer than 3 corners. */
function cleanRing(ring: unknown, feature: number, repairs: Counts): Position[] | null {
  if (!Array.isArray(ring))
    throw new GeometryError(`feature ${feature}: a ring is not an array of positions`);
  const out: Position[] = [];
  let flattened = false;
  for (const raw of ring as unknown[]) {
    const p = checkPosition(raw, feature);
    if (p !== raw) flattened = true;
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    else addCount(repairs, 'repeated points dropped');
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out.push(first);
    addCount(repairs, 'unclosed rings closed');
  }
  if (flattened) addCount(repairs, 'rings with 3-D positions made 2-D');
  return out.length >= 4 ? out : null;
}

/** Twice the signed area in square degrees (positive = counter-clockwise). */
export function signedArea(ring: readonly Position[]): number {
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

/**
 * Rebuilds a polygon with the polygon clipper (polyclip-ts, the engine under turf's union): rings
 * that cross themselves or each other become valid polygons, holes outside their shell vanish.
 * The result is in RFC 7946 order.
 */
export function rebuildPolygon(rings: Rings): Rings[] {
  return polyclip.union(rings as polyclip.Geom) as Rings[];
}

/** True when edges of the polygon cross (rbush-indexed check; turf's kinks is quadratic). */
export function hasKinks(rings: Rings): boolean {
  return selfIntersections(turfPolygon(rings)).geometry.coordinates.length > 0;
}

/** True when a hole does not lie inside its shell (a crossing hole is caught by hasKinks). */
function hasStrayHole([shell, ...holes]: Rings): boolean {
  return (
    shell !== undefined &&
    holes.some((hole) => hole[0] !== undefined && !booleanPointInPolygon(hole[0], turfPolygon([shell])))
  );
}

/** West, south, east, north. */
export type Box = readonly [number, number, number, number];

/** Where a ring lies against the box: wholly outside it, wholly inside it, or across its edge. */
function placeInBox([x0, y0, x1, y1]: Box, ring: Position[]): 'outside' | 'inside' | 'across' {
  const [w, s, e, n] = bbox({ type: 'LineString', coordinates: ring });
  if (e < x0 || w > x1 || n < y0 || s > y1) return 'outside';
  return w >= x0 && e <= x1 && s >= y0 && n <= y1 ? 'inside' : 'across';
}

/** The rings cut to the box (Sutherland–Hodgman, turf's bboxClip); when the outer ring vanishes, so does the polygon. */
function clipToBox([outer, ...holes]: Rings, box: Box): Rings {
  const cut = (ring: Position[] | undefined): Position[] | undefined =>
    ring &&
    (bboxClip(turfPolygon([ring]), [...box]).geometry as Polygon).coordinates.find((r) => r.length >= 4);
  const shell = cut(outer);
  if (!shell) return [];
  return [shell, ...holes.map(cut).filter((h): h is Position[] => h !== undefined)];
}

/** Repairs one feature: its valid polygons, or a GeometryError naming what cannot be repaired. */
function repairFeature(raw: RawPolygon, repairs: Counts, dropped: Counts, within?: Box): Rings[] {
  const out: Rings[] = [];
  let parts = 0;
  for (const rawRings of polygonsOf(raw)) {
    if (!Array.isArray(rawRings))
      throw new GeometryError(`feature ${raw.feature}: a polygon is not an array of rings`);
    let rings: Rings = [];
    for (const r of rawRings as unknown[]) {
      const ring = cleanRing(r, raw.feature, repairs);
      if (ring && (rings.length > 0 || r === rawRings[0])) rings.push(ring);
      else addCount(repairs, 'empty parts dropped');
    }
    if (rings.length === 0) continue;
    parts++;
    // Only what can reach the oblasts is worth repairing; the clip drops the rest anyway. Archives
    // map the whole front, so a polygon that reaches past the box is cut to it first (a cheap
    // linear clip): the clipper then rebuilds a crossing polygon of the oblasts' size, not the
    // front's.
    const where = within && rings[0] ? placeInBox(within, rings[0]) : 'inside';
    if (where === 'outside') continue;
    if (where === 'across' && within) {
      rings = clipToBox(rings, within);
      if (rings.length === 0) continue;
    }
    const kinks = hasKinks(rings);
    if (kinks || hasStrayHole(rings)) {
      addCount(repairs, kinks ? 'self-intersections fixed' : 'holes outside their shell dropped');
      try {
        out.push(...rebuildPolygon(rings));
      } catch (error) {
        throw new GeometryError(
          `feature ${raw.feature}: the polygon clipper could not rebuild a crossing polygon (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      continue;
    }
    rings.forEach((ring, i) => {
      if ((i === 0) !== signedArea(ring) > 0) addCount(repairs, 'rings rewound');
    });
    out.push((rewind({ type: 'Polygon', coordinates: rings }) as Polygon).coordinates);
  }
  if (parts === 0) addCount(dropped, 'empty polygon');
  return out;
}

/**
 * Checks and repairs the polygons of one snapshot, feature by feature: positions must be
 * longitude/latitude numbers (a third coordinate is dropped), repeated points and empty parts are
 * dropped, open rings closed, rings rewound to RFC 7946 order, crossing rings and stray holes
 * rebuilt by the polygon clipper. Parts wholly outside `within` are skipped. A feature that cannot be repaired is left out and named in
 * `problems`; the rest of the snapshot still counts.
 */
export function repairPolygons(raws: readonly RawPolygon[], within?: Box): RepairResult {
  const repairs: Counts = new Map();
  const dropped: Counts = new Map();
  const problems: string[] = [];
  const polygons: Rings[] = [];
  for (const raw of raws) {
    try {
      const repaired = repairFeature(raw, repairs, dropped, within);
      polygons.push(...repaired);
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error;
      addCount(dropped, 'geometry that cannot be repaired');
      problems.push(error.message);
    }
  }
  return { polygons, repairs, dropped, problems };
}
