import { patternTile, type PatternTile } from '../ui/appearance';

/** Gained or lost between the two days of a comparison. */
export type ChangeKind = 'gained' | 'lost';

/**
 * A comparison's pattern tile, `size` pixels a side, in the layer's ink: plus signs where the
 * layer's area grew, minus signs where it shrank. Read by shape, not colour, so gained and lost
 * stay apart under any colour-vision deficiency and on a grey-scale print.
 */
export function changePatternImage(ink: string, kind: ChangeKind, size = 12): PatternTile {
  const half = size / 2;
  const arm = size / 4;
  const far = size;
  const fromCentre = (i: number) => Math.abs(i + 0.5 - half);
  // Distance to the sign's bar across (and, for a plus, the bar down), zero width beyond its ends.
  const across = (x: number, y: number) => (fromCentre(x) <= arm ? fromCentre(y) : far);
  const down = (x: number, y: number) => (fromCentre(y) <= arm ? fromCentre(x) : far);
  const distance = kind === 'gained' ? (x: number, y: number) => Math.min(across(x, y), down(x, y)) : across;
  return patternTile(ink, size, 1.6, 0.9, distance);
}
