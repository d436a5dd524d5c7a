import type { HatchAngle } from '../ui/palette';

/**
 * The lines of one square hatch tile as SVG path data, `size` pixels a side: the same directions
 * as the map's hatch images (src/map/hatchImage.ts), with the pieces that wrap at the tile's
 * corners, so tiles join seamlessly. Lines run past the tile; the pattern clips them.
 */
export function hatchTile(angle: HatchAngle, size: number): string {
  const s = size;
  const e = 2;
  switch (angle) {
    case 'rising':
      // x + y = 0, size, 2 size (y grows downwards, so these rise to the right).
      return `M${-e},${e}L${e},${-e}M0,${s}L${s},0M${s - e},${s + e}L${s + e},${s - e}`;
    case 'falling':
      return `M${-e},${s - e}L${e},${s + e}M0,0L${s},${s}M${s - e},${-e}L${s + e},${e}`;
    case 'horizontal':
      return `M${-e},0H${s + e}M${-e},${s}H${s + e}`;
    case 'vertical':
      return `M0,${-e}V${s + e}M${s},${-e}V${s + e}`;
  }
}
