import { HATCH, patternTile, type PatternTile } from '../ui/appearance';
import type { HatchAngle } from '../ui/palette';

/** A claim's hatch tile: lines at its angle, in the party's colour (appearance.ts HATCH). */
export function hatchImage(colour: string, angle: HatchAngle, size: number = HATCH.size): PatternTile {
  return patternTile(colour, size, HATCH.lineWidth, HATCH.opacity, (x, y) => lineDistance(angle, x, y, size));
}

/** How far a pixel lies from the nearest line, wrapping so tiles join seamlessly. */
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
