import type { Day } from '../story/day';

/**
 * Snaps a dragged day to the nearest event day when the pointer is within `thresholdPx` of it, so
 * a reader lands on "Lysychansk taken" rather than the day before it.
 */
export function snapDay(
  day: Day,
  x: number,
  eventDays: readonly Day[],
  xOfDay: (day: Day) => number,
  thresholdPx: number,
): Day {
  let best = day;
  let bestDistance = thresholdPx;
  for (const eventDay of eventDays) {
    const distance = Math.abs(xOfDay(eventDay) - x);
    if (distance <= bestDistance) {
      best = eventDay;
      bestDistance = distance;
    }
  }
  return best;
}
