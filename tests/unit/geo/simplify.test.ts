import { describe, expect, it } from 'vitest';
import { sharedBorder } from '../../../geo/lib/sharedBorder.ts';
import { simplifyRegions } from '../../../geo/lib/simplify.ts';
import type { Area, Region } from '../../../geo/lib/types.ts';

// A wiggly north-south line at longitude x from 48N to 49N (every 0.005 degrees, about 550 m).
function wiggle(x: number, phase: number): number[][] {
  return Array.from({ length: 201 }, (_, i) => [x + 0.01 * Math.sin(i / 3 + phase), 48 + i * 0.005]);
}

const line1 = wiggle(38, 0);
const line2 = wiggle(39, 1);
const ring = (points: number[][]): number[][] => [...points, points[0] ?? [0, 0]];
const area = (points: number[][]): Area => ({ type: 'Polygon', coordinates: [ring(points)] });

const regions: Region[] = [
  { unit: 'A', name: 'A', country: 'UA', detail: 'oblast', geometry: area([[37, 48], ...line1, [37, 49]]) },
  {
    unit: 'B',
    name: 'B',
    country: 'UA',
    detail: 'oblast',
    geometry: area([...line1.slice().reverse(), ...line2]),
  },
  {
    unit: 'C',
    name: 'C',
    country: 'RU',
    detail: 'context',
    geometry: area([...line2.slice().reverse(), [40, 48], [40, 49]]),
  },
  {
    unit: 'D',
    name: 'D',
    country: 'RU',
    detail: 'context',
    geometry: area([[40, 48], ...wiggle(41, 2), [40, 49]].reverse()),
  },
];

function vertexCount(a: Area): number {
  return (a.type === 'Polygon' ? a.coordinates : a.coordinates.flat()).reduce((n, r) => n + r.length, 0);
}

describe('simplifyRegions (mapshaper)', () => {
  it('simplifies neighbours as one topology: shared borders stay identical', async () => {
    const out = await simplifyRegions(regions, { oblastIntervalM: 300, contextIntervalM: 3000 });
    expect(out.map((r) => r.unit)).toEqual(['A', 'B', 'C', 'D']);
    const [a, b, c, d] = out.map((r) => r.geometry) as [Area, Area, Area, Area];
    for (const [x, y] of [
      [a, b],
      [b, c],
    ] as const) {
      const border = sharedBorder(x, y, 0.5);
      expect(border.chains).toBe(1);
      expect(border.nearMisses).toEqual([]);
      expect(border.lengthKm).toBeGreaterThan(100);
    }
    // Simplified, and harder for context than for an oblast, except along an oblast's border.
    expect(vertexCount(a)).toBeLessThan(vertexCount(regions[0]?.geometry ?? a));
    expect(vertexCount(d)).toBeLessThan(vertexCount(c));
    expect(vertexCount(c)).toBeGreaterThan(20); // its border with B keeps B's detail
  });

  it('dissolves regions with the same unit into one', async () => {
    const split: Region[] = [
      {
        unit: 'X',
        name: 'X',
        country: 'BY',
        detail: 'context',
        geometry: area([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      },
      {
        unit: 'X',
        name: 'X',
        country: 'BY',
        detail: 'context',
        geometry: area([
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ]),
      },
    ];
    const out = await simplifyRegions(split, { oblastIntervalM: 100, contextIntervalM: 100 });
    expect(out).toHaveLength(1);
    expect(out[0]?.geometry.type).toBe('Polygon');
  });
});
