import { area } from '@turf/area';
import { multiPolygon } from '@turf/helpers';
import type { AreaByOblast, OblastId } from '../../src/control/layerFormat.ts';
import type { Oblast } from './oblasts.ts';
import type { Rings } from './repairGeometry.ts';

export type { AreaByOblast };

const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
};

/**
 * km² (turf area, spherical) and percentage of each oblast covered, from the control geometry
 * already cut along the oblast borders (see simplifySnapshot.ts: the cut is mapshaper's clip).
 */
export function areaStats(
  pieces: Readonly<Record<OblastId, readonly Rings[]>>,
  oblasts: readonly Oblast[],
): AreaByOblast {
  const result = {} as AreaByOblast;
  for (const oblast of oblasts) {
    const parts = pieces[oblast.id];
    const km2 = parts.length > 0 ? area(multiPolygon(parts as Rings[])) / 1e6 : 0;
    result[oblast.id] = { km2: round(km2, 1), pct: round((100 * km2) / oblast.km2, 2) };
  }
  return result;
}
