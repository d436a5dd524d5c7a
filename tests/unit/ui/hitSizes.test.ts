import { describe, expect, it } from 'vitest';
import { HIT_SIZE, hitClips, hitSizes } from '../../../src/ui/hitSizes';

/** Whether a point lies inside a convex polygon given corner by corner. */
function inside(polygon: readonly (readonly [number, number])[], [x, y]: readonly [number, number]): boolean {
  let sign = 0;
  for (let k = 0; k < polygon.length; k++) {
    const [ax, ay] = polygon[k]!;
    const [bx, by] = polygon[(k + 1) % polygon.length]!;
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (Math.abs(cross) < 1e-9) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

describe('hitSizes', () => {
  it('makes each button as wide as the gap to its nearest neighbour, within the limits', () => {
    const sizes = hitSizes(
      [
        [10, 10],
        [30, 10],
        [200, 200],
        [-5, 10],
      ],
      300,
      300,
    );
    expect(sizes).toEqual([19, 19, HIT_SIZE.max, null]);
    expect(
      hitSizes(
        [
          [10, 10],
          [14, 10],
        ],
        100,
        100,
      ),
    ).toEqual([HIT_SIZE.min, HIT_SIZE.min]);
  });
});

describe('hitClips', () => {
  it('leaves apart buttons whole', () => {
    const points: [number, number][] = [
      [10, 10],
      [40, 10],
    ];
    expect(hitClips(points, hitSizes(points, 100, 100))).toEqual([null, null]);
  });

  it('splits two buttons closer than the smallest along the line halfway between their cities', () => {
    // Six pixels apart, as Lysychansk and Sievierodonetsk are on a phone: two 8 px buttons overlap.
    const points: [number, number][] = [
      [50, 50],
      [54.2, 45.8],
    ];
    const sizes = hitSizes(points, 100, 100);
    const [a, b] = hitClips(points, sizes);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    const page = (i: number, corner: readonly [number, number]): [number, number] => [
      points[i]![0] - sizes[i]! / 2 + corner[0],
      points[i]![1] - sizes[i]! / 2 + corner[1],
    ];
    // Every spot of the two cut buttons, on a fine grid: in at most one, and in the nearer city's.
    let inBoth = 0;
    let covered = 0;
    for (let x = 40; x <= 65; x += 0.25)
      for (let y = 35; y <= 60; y += 0.25) {
        const local = (i: number): [number, number] => {
          const [left, top] = page(i, [0, 0]);
          return [x - left, y - top];
        };
        const inA = inside(a!, local(0));
        const inB = inside(b!, local(1));
        if (inA && inB) inBoth++;
        if (inA || inB) covered++;
        const nearerA = Math.hypot(x - 50, y - 50) < Math.hypot(x - 54.2, y - 45.8);
        if (inA)
          expect(
            nearerA || Math.abs(Math.hypot(x - 50, y - 50) - Math.hypot(x - 54.2, y - 45.8)) < 0.01,
          ).toBe(true);
        if (inB)
          expect(
            !nearerA || Math.abs(Math.hypot(x - 50, y - 50) - Math.hypot(x - 54.2, y - 45.8)) < 0.01,
          ).toBe(true);
      }
    expect(inBoth).toBeLessThan(30);
    expect(covered).toBeGreaterThan(1000);
    // Each city's own point stays in its own button.
    expect(inside(a!, [sizes[0]! / 2, sizes[0]! / 2])).toBe(true);
    expect(inside(b!, [sizes[1]! / 2, sizes[1]! / 2])).toBe(true);
  });
});
