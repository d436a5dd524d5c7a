import type { Position } from 'geojson';
import type { Area } from './types.ts';

/** Rounds to `decimals` places; never returns -0 (so output text is stable). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function roundPosition(p: Position, decimals: number): Position {
  return [roundTo(p[0] ?? NaN, decimals), roundTo(p[1] ?? NaN, decimals)];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds a linear ring, drops points that became equal to the one before, keeps it closed.
 * Returns null when fewer than 3 distinct corners remain (the ring collapsed).
 */
export function roundRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const r = roundPosition(p, decimals);
    const last = out[out.length - 1];
    if (last === undefined || !samePosition(last, r)) out.push(r);
  }
  const first = out[0];
  if (first === undefined) return null;
  const last = out[out.length - 1];
  if (last !== undefined && !samePosition(first, last)) out.push(first);
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: readonly Position[][], decimals: number): Position[][] | null {
  const [outer, ...holes] = rings;
  if (outer === undefined) return null;
  const roundedOuter = roundRing(outer, decimals);
  if (roundedOuter === null) return null;
  const roundedHoles = holes.map((h) => roundRing(h, decimals)).filter((h): h is Position[] => h !== null);
  return [roundedOuter, ...roundedHoles];
}

/**
 * Rounds every coordinate of a polygon or multipolygon. Rings and parts that collapse are
 * dropped; a multipolygon left with one part becomes a polygon. Null when nothing is left.
 * Rounding is per point, so two regions that share a border still share it exactly.
 */
export function roundArea(geometry: Area, decimals: number): Area | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
  const [only] = kept;
  if (only === undefined) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: kept };
}
