import type { Day } from '../story/day';
import { intervalAt } from './intervalAt';
import type { ControlInterval } from './layerFormat';

/** The two days of a comparison, earlier first: the change always runs forward in time. */
export const inOrder = (a: Day, b: Day): [Day, Day] => (a <= b ? [a, b] : [b, a]);

/**
 * What a layer can say about the change between two days: the intervals in force on the earlier
 * (`from`) and the later (`to`), or the first of the two days it leaves unknown (a gap in the
 * series, or a day outside it), which gives no comparison rather than a difference against nothing.
 * `suspect` lists the days whose interval the import marked suspect.
 */
export type ChangePlan =
  { unknown: Day } | { from: ControlInterval; to: ControlInterval; days: [Day, Day]; suspect: Day[] };

export function changePlan(intervals: readonly ControlInterval[], a: Day, b: Day): ChangePlan {
  const days = inOrder(a, b);
  const [from, to] = days.map((day) => intervalAt(intervals, day));
  if (!from) return { unknown: days[0] };
  if (!to) return { unknown: days[1] };
  const suspect = days.filter((_, i) => (i === 0 ? from : to).suspect === true);
  return { from, to, days, suspect: [...new Set(suspect)] };
}
