import { HATCH, hexToRgb } from '../ui/appearance';
import type { HatchAngle } from '../ui/palette';

/** RGBA pixels of a diagonal hatch tile, drawn without a canvas so it is testable in node. */
export interface HatchImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function hatchImage(
  colour: string,
  angle: HatchAngle = 'rising',
  size: number = HATCH.size,
  lineWidth: number = HATCH.lineWidth,
): HatchImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the nearest line, wrapping so tiles join seamlessly.
      const distance = lineDistance(angle, x, y, size);
      const alpha = Math.max(0, Math.min(1, lineWidth / 2 - distance + 0.5));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(alpha * HATCH.opacity * 255);
    }
  }
  return { width: size, height: size, data };
}

function lineDistance(angle: HatchAngle, x: number, y: number, size: number): number {
  const wrap = (d: number) => Math.min(d, size - d);
  switch (angle) {
    case 'rising':
      return wrap((x + y) % size) / Math.SQRT2;
    case 'falling':
      return wrap((x - y + size) % size) / Math.SQRT2;
    case 'horizontal':
      return wrap(y % size);
    case 'vertical':
      return wrap(x % size);
  }
}

/** `hatch-<party>-<angle>`: the image id carries what the resolver needs to draw it. */
export const hatchId = (partyId: string, angle: HatchAngle) => `hatch-${partyId}-${angle}`;

export function parseHatchId(id: string): { party: string; angle: HatchAngle } | null {
  const match = /^hatch-(.+)-(rising|falling|horizontal|vertical)$/.exec(id);
  return match?.[1] && match[2] ? { party: match[1], angle: match[2] as HatchAngle } : null;
}
