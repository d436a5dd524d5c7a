/** Largest and smallest hit circle of a city button, in CSS pixels. */
export const HIT_SIZE = { max: 28, min: 8 } as const;

type Point = readonly [number, number];

/**
 * How wide each city's button can be, in CSS pixels: as wide as the gap to its nearest visible
 * neighbour allows (Lysychansk and Sievierodonetsk are a few pixels apart at the opening view), so
 * no button covers another; null for a point that is not visible. Shared by the city buttons over
 * the MapLibre map and over the SVG map.
 */
export function hitSizes(
  points: readonly (Point | null)[],
  width: number,
  height: number,
): (number | null)[] {
  const visible = points.map((p) =>
    p && p[0] >= 0 && p[1] >= 0 && p[0] <= width && p[1] <= height ? p : null,
  );
  return visible.map((point, i) => {
    if (!point) return null;
    let nearest = Infinity;
    visible.forEach((other, j) => {
      if (j !== i && other) nearest = Math.min(nearest, Math.hypot(other[0] - point[0], other[1] - point[1]));
    });
    return Math.max(HIT_SIZE.min, Math.min(HIT_SIZE.max, Math.floor(nearest) - 1));
  });
}

/** The part of a polygon on the side of a line where `side` is not positive (Sutherland–Hodgman). */
function keepSide(polygon: [number, number][], side: (p: Point) => number): [number, number][] {
  const out: [number, number][] = [];
  polygon.forEach((a, k) => {
    const b = polygon[(k + 1) % polygon.length] ?? a;
    const [sa, sb] = [side(a), side(b)];
    if (sa <= 0) out.push(a);
    if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0)) {
      const t = sa / (sa - sb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  });
  return out;
}

/**
 * Where buttons still overlap (cities closer than the smallest button), the part of each button's
 * square that is nearer its own city than any overlapping neighbour's: corners in the button's own
 * box, CSS pixels from its top-left. A click between two close cities then goes to the nearer,
 * and no spot belongs to two buttons. Null where the button overlaps none.
 */
export function hitClips(
  points: readonly (Point | null)[],
  sizes: readonly (number | null)[],
): ([number, number][] | null)[] {
  return points.map((point, i) => {
    const size = sizes[i];
    if (!point || !size) return null;
    const left = point[0] - size / 2;
    const top = point[1] - size / 2;
    let polygon: [number, number][] | null = null;
    points.forEach((other, j) => {
      const otherSize = sizes[j];
      if (j === i || !other || !otherSize) return;
      const [dx, dy] = [other[0] - point[0], other[1] - point[1]];
      const apart = Math.hypot(dx, dy);
      // Two cities on one spot cannot be told apart by a click: the search and the list can.
      if (apart === 0 || apart >= (size + otherSize) / 2) return;
      const [mx, my] = [(point[0] + other[0]) / 2 - left, (point[1] + other[1]) / 2 - top];
      polygon = keepSide(
        polygon ?? [
          [0, 0],
          [size, 0],
          [size, size],
          [0, size],
        ],
        ([x, y]) => (x - mx) * dx + (y - my) * dy,
      );
    });
    return polygon;
  });
}
