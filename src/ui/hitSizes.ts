/** Largest and smallest hit circle of a city button, in CSS pixels. */
export const HIT_SIZE = { max: 28, min: 8 } as const;

/**
 * How wide each city's button can be, in CSS pixels: as wide as the gap to its nearest visible
 * neighbour allows (Lysychansk and Sievierodonetsk are a few pixels apart at the opening view), so
 * no button covers another; null for a point that is not visible. Shared by the city buttons over
 * the MapLibre map and over the SVG map.
 */
export function hitSizes(
  points: readonly (readonly [number, number] | null)[],
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

/**
 * Puts each city button over its point (as wide as hitSizes allows, centred on it), or hides it
 * where its point is not visible in the `width` x `height` box. Shared by both maps' city buttons.
 */
export function placeHitButtons(
  buttons: readonly { button: HTMLElement }[],
  points: readonly (readonly [number, number] | null)[],
  width: number,
  height: number,
): void {
  const sizes = hitSizes(points, width, height);
  buttons.forEach(({ button }, i) => {
    const point = points[i];
    const size = sizes[i];
    button.hidden = !point || !size;
    if (!point || !size) return;
    button.style.setProperty('--size', `${size}px`);
    button.style.transform = `translate(${point[0] - size / 2}px, ${point[1] - size / 2}px)`;
  });
}
