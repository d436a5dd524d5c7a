import { describe, expect, it } from 'vitest';
import { roundArea, roundRing, roundTo } from '../../../geo/lib/roundCoords.ts';

describe('roundTo', () => {
  it('rounds to the given decimals and never gives -0', () => {
    expect(roundTo(38.123456, 5)).toBe(38.12346);
    expect(roundTo(-0.00001, 4)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true);
  });
});

describe('roundRing', () => {
  it('drops points that become equal to the previous one and keeps the ring closed', () => {
    const ring = [
      [0, 0],
      [1.00001, 0],
      [1.00002, 0.00001],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(roundRing(ring, 3)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('returns null for a ring that collapses', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [0.00001, 0],
          [0, 0.00001],
          [0, 0],
        ],
        3,
      ),
    ).toBeNull();
  });
});

describe('roundArea', () => {
  const square = (x: number, size: number): number[][] => [
    [x, 0],
    [x + size, 0],
    [x + size, size],
    [x, size],
    [x, 0],
  ];

  it('drops collapsed parts and turns a one-part multipolygon into a polygon', () => {
    const out = roundArea({ type: 'MultiPolygon', coordinates: [[square(0, 1)], [square(5, 0.00001)]] }, 3);
    expect(out).toEqual({ type: 'Polygon', coordinates: [square(0, 1)] });
  });

  it('drops collapsed holes but keeps the shell', () => {
    const out = roundArea({ type: 'Polygon', coordinates: [square(0, 10), square(2, 0.00001)] }, 3);
    expect(out).toEqual({ type: 'Polygon', coordinates: [square(0, 10)] });
  });

  it('returns null when nothing is left', () => {
    expect(roundArea({ type: 'Polygon', coordinates: [square(0, 0.00001)] }, 3)).toBeNull();
  });
});
