import { createHash } from 'node:crypto';
import type { Position } from 'geojson';
import type { Rings } from './repairGeometry.ts';

/** Decimals of every output coordinate (about 11 m north-south, 7 m east-west here). */
export const DECIMALS = 4;
const FACTOR = 10 ** DECIMALS;

const round = (v: number): number => {
  const r = Math.round(v * FACTOR) / FACTOR;
  return r === 0 ? 0 : r;
};

/** Rounds a ring, drops points equal to the one before, keeps it closed; null if it collapsed. */
function roundRing(ring: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [x = NaN, y = NaN] of ring) {
    const p: Position = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  return out.length >= 4 ? out : null;
}

/** Rounds every polygon to DECIMALS; collapsed holes and polygons are dropped. */
export function roundPolygons(polygons: readonly Rings[]): Rings[] {
  const out: Rings[] = [];
  for (const [outer, ...holes] of polygons) {
    const o = outer ? roundRing(outer) : null;
    if (!o) continue;
    out.push([o, ...holes.map(roundRing).filter((h): h is Position[] => h !== null)]);
  }
  return out;
}

/** A short fingerprint of rounded coordinates: equal geometry, equal key. */
export function geometryKey(polygons: readonly Rings[]): string {
  return createHash('sha1').update(JSON.stringify(polygons)).digest('base64url');
}
