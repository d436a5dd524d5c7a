import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { areaStats } from '../../../scripts/import/areaStats.ts';
import { clipRegion } from '../../../scripts/import/oblasts.ts';
import { simplifySnapshot } from '../../../scripts/import/simplifySnapshot.ts';
import { square } from './helpers.ts';

/** Area of a 1° x 1° cell from the equator north, on turf's sphere: R² · Δλ · (sin φ2 − sin φ1). */
const R_KM = 6371.0088;
const CELL_KM2 = R_KM * R_KM * (Math.PI / 180) * Math.sin(Math.PI / 180);

const oblast = (id: string, x: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Polygon', coordinates: [square(x, 0, 1)] },
});

// Hand-made oblasts: two 1° cells side by side on the equator.
const clip = clipRegion([oblast('luhansk-oblast', 0), oblast('donetsk-oblast', 1)]);

describe('area statistics', () => {
  it('knows the area of each oblast', () => {
    expect(CELL_KM2).toBeCloseTo(12363.7, 0);
    for (const o of clip.oblasts) expect(o.km2 / CELL_KM2).toBeCloseTo(1, 3);
  });

  it('splits a shape that straddles the border: half of each oblast', async () => {
    const shape = await simplifySnapshot([[square(0.5, 0, 1)]], clip, 100);
    const stats = areaStats(shape.pieces, clip.oblasts);
    expect(stats['luhansk-oblast'].pct).toBeCloseTo(50, 1);
    expect(stats['donetsk-oblast'].pct).toBeCloseTo(50, 1);
    expect(stats['luhansk-oblast'].km2 / (CELL_KM2 / 2)).toBeCloseTo(1, 3);
    // The layer geometry is one shape (dissolved across the oblast border).
    expect(shape.polygons).toHaveLength(1);
  });

  it('counts only what is inside the oblasts (the rest is clipped away)', async () => {
    const shape = await simplifySnapshot([[square(1.75, 0.5, 2)]], clip, 100);
    const stats = areaStats(shape.pieces, clip.oblasts);
    expect(stats['luhansk-oblast']).toEqual({ km2: 0, pct: 0 });
    expect(stats['donetsk-oblast'].pct).toBeCloseTo(12.5, 1);
    const xs = shape.polygons.flat(2).map((p) => p[0] ?? NaN);
    expect(Math.max(...xs)).toBe(2);
  });

  it('gives zero for no geometry', async () => {
    const shape = await simplifySnapshot([], clip, 100);
    expect(areaStats(shape.pieces, clip.oblasts)).toEqual({
      'luhansk-oblast': { km2: 0, pct: 0 },
      'donetsk-oblast': { km2: 0, pct: 0 },
    });
  });
});
