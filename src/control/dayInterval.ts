import { positionOf } from './intervalAt';

/** What the choice reads of an interval (ControlInterval has it). */
type Interval = { id: number; from: string; to: string; geometry: string };

/**
 * What an imported layer does for a day: `clear`, the series has no interval on it (a gap, or
 * outside the series); `keep`, its interval is the one drawn already; `draw`, its file is here;
 * `wait`, its file is still loading, so the layer keeps the interval it drew last (a reader never
 * sees the layer blink out between two days) and asks for the file.
 */
export type DayInterval<I, G> =
  | { do: 'clear' }
  | { do: 'keep'; interval: I }
  | { do: 'draw'; interval: I; geometry: G }
  | { do: 'wait'; interval: I };

/**
 * The interval for `day` and what to do with it, given the id of the interval drawn (null: none)
 * and the geometry files held (`held`, undefined for a file not loaded yet).
 */
export function dayInterval<I extends Interval, G>(
  intervals: readonly I[],
  day: string,
  drawn: number | null,
  held: (geometry: string) => G | undefined,
): DayInterval<I, G> {
  const at = positionOf(intervals, day).at;
  const interval = at === undefined ? undefined : intervals[at];
  if (!interval) return { do: 'clear' };
  if (interval.id === drawn) return { do: 'keep', interval };
  const geometry = held(interval.geometry);
  return geometry === undefined ? { do: 'wait', interval } : { do: 'draw', interval, geometry };
}
