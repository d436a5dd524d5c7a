import { addDays, parseDay, utcMsToDay, type Day } from '../story/day';

export type StepKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

const clampDay = (day: Day, [from, to]: readonly [Day, Day]) => (day < from ? from : day > to ? to : day);

/** The slider's keys, as the ARIA slider pattern has them: a day, a month, the ends. */
export function keyStep(key: string, day: Day, range: readonly [Day, Day]): Day | null {
  const month = (n: number) => addMonths(day, n);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampDay(addDays(day, -1), range);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampDay(addDays(day, 1), range);
    case 'PageDown':
      return clampDay(month(-1), range);
    case 'PageUp':
      return clampDay(month(1), range);
    case 'Home':
      return range[0];
    case 'End':
      return range[1];
    default:
      return null;
  }
}

/** The next event day after `day` (or before it, with direction -1), or null at the end. */
export function adjacentEvent(day: Day, eventDays: readonly Day[], direction: 1 | -1): Day | null {
  if (direction === 1) return eventDays.find((d) => d > day) ?? null;
  return eventDays.findLast((d) => d < day) ?? null;
}

/** `day` moved by whole months, kept inside the target month (31 Jan + 1 month = 28 Feb). */
export function addMonths(day: Day, count: number): Day {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  const first = Date.UTC(parts.year, parts.month - 1 + count, 1);
  const target = new Date(first);
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return utcMsToDay(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(parts.day, lastOfMonth)),
  );
}
