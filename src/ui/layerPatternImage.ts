import { patternTile, type PatternTile } from './appearance';
import type { LayerPattern } from './layerStyles';

/** How opaque an imported layer's pattern is where it is inked. */
const OPACITY = 230 / 255;

/**
 * An imported layer's pattern tile, `size` pixels a side (appearance.ts patternTile): dots, a
 * crossed grid, or vertical or horizontal lines, in the layer's ink (layerStyles.ts), centred in
 * the tile so tiles join seamlessly.
 */
export function layerPatternImage(ink: string, pattern: LayerPattern, size = 10): PatternTile {
  const half = size / 2;
  const wrap = (d: number) => Math.min(d, size - d);
  // From the middle of pixel i to the tile's middle line, across the tile's edge where nearer.
  const across = (i: number) => wrap(Math.abs(i + 0.5 - half));
  const shapes: Record<LayerPattern, readonly [width: number, distance: (x: number, y: number) => number]> = {
    dots: [3.2, (x, y) => Math.hypot(x + 0.5 - half, y + 0.5 - half)],
    cross: [1.4, (x, y) => Math.min(across(x), across(y))],
    vertical: [1.6, (x) => across(x)],
    horizontal: [1.6, (_, y) => across(y)],
  };
  const [width, distance] = shapes[pattern];
  return patternTile(ink, size, width, OPACITY, distance);
}
