import { describe, expect, it } from 'vitest';
import { sharedBorder } from '../../../geo/lib/sharedBorder.ts';
import type { Area } from '../../../geo/lib/types.ts';

const polygon = (ring: number[][]): Area => ({ type: 'Polygon', coordinates: [ring] });

const west = polygon([
  [0, 0],
  [1, 0],
  [1, 0.5],
  [1, 1],
  [0, 1],
  [0, 0],
]);
const east = polygon([
  [1, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 0.5],
  [1, 0],
]);

describe('sharedBorder', () => {
  it('finds a border shared vertex for vertex, as one line, with no near misses', () => {
    const report = sharedBorder(west, east, 1);
    expect(report.sharedEdges).toBe(2);
    expect(report.chains).toBe(1);
    expect(report.lengthKm).toBeCloseTo(111.3, 0);
    expect(report.ends).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(report.nearMisses).toEqual([]);
  });

  it('reports a vertex that runs close to the other outline without being on it (a gap or sliver)', () => {
    const eastApart = polygon([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1.002, 0.5],
      [1, 0],
    ]);
    const report = sharedBorder(west, eastApart, 1);
    expect(report.sharedEdges).toBe(0);
    expect(report.nearMisses).toContainEqual([1, 0.5]);
    expect(report.nearMisses).toContainEqual([1.002, 0.5]);
  });

  it('does not count the vertex next to where the shared border ends (a tri-point)', () => {
    const westLeaving = polygon([
      [0, 0],
      [1, 0],
      [1, 1],
      [0.998, 1.001],
      [0, 1],
      [0, 0],
    ]);
    const eastSimple = polygon([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
    const report = sharedBorder(westLeaving, eastSimple, 1);
    expect(report.chains).toBe(1);
    expect(report.nearMisses).toEqual([]);
  });

  it('counts separate stretches of shared border', () => {
    const a = polygon([
      [0, 0],
      [1, 0],
      [1, 1],
      [1.5, 1.5],
      [1, 2],
      [1, 3],
      [0, 3],
      [0, 0],
    ]);
    const b = polygon([
      [1, 0],
      [2, 0],
      [2, 3],
      [1, 3],
      [1, 2],
      [1.3, 1.5],
      [1, 1],
      [1, 0],
    ]);
    expect(sharedBorder(a, b, 1).chains).toBe(2);
  });
});
