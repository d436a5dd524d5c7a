import { hexToRgb } from '../ui/appearance';
import type { LayerPattern } from '../ui/layerStyles';

/**
 * RGBA pixels of an imported layer's pattern tile, drawn without a canvas so it is testable in
 * node: dots, a crossed grid, or vertical or horizontal lines, in the layer's ink. The tiles wrap
 * seamlessly; what is not ink is transparent, so the claims beneath show through.
 */
/** RGBA pixels, as MapLibre's addImage takes them. */
export interface PatternTile {
  width: number;
  height: number;
  data: Uint8Array;
}

export function layerPatternImage(ink: string, pattern: LayerPattern, size = 10): PatternTile {
  const [r, g, b] = hexToRgb(ink);
  const data = new Uint8Array(size * size * 4);
  const wrap = (d: number) => Math.min(d, size - d);
  const half = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let distance: number;
      let width: number;
      if (pattern === 'dots') {
        distance = Math.hypot(cx - half, cy - half);
        width = 3.2;
      } else if (pattern === 'cross') {
        distance = Math.min(wrap(Math.abs(cx - half)), wrap(Math.abs(cy - half)));
        width = 1.4;
      } else if (pattern === 'vertical') {
        distance = wrap(Math.abs(cx - half));
        width = 1.6;
      } else {
        distance = wrap(Math.abs(cy - half));
        width = 1.6;
      }
      const alpha = Math.max(0, Math.min(1, width / 2 - distance + 0.5));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(alpha * 230);
    }
  }
  return { width: size, height: size, data };
}
