import { addDays, daysBetween, isDay, type Day } from '../story/day';

/** At most this many frames in one animation: about a year and a half of days. */
export const MAX_FRAMES = 600;

/**
 * The days of an animation from `from` to `to`, one every `step` days; the last day is always
 * drawn, so the animation ends on the day asked for. Throws a RangeError naming the field and the
 * reason on a bad day, a span that runs backwards, a bad step or too many frames.
 */
export function frameDays(from: Day, to: Day, step = 1): Day[] {
  if (!isDay(from)) throw new RangeError(`from: "${from}" is not a calendar day (YYYY-MM-DD)`);
  if (!isDay(to)) throw new RangeError(`to: "${to}" is not a calendar day (YYYY-MM-DD)`);
  if (to < from) throw new RangeError(`to: ${to} is before from (${from})`);
  if (!Number.isInteger(step) || step < 1)
    throw new RangeError(`step: ${step} is not a whole number of days, 1 or more`);
  const span = daysBetween(from, to);
  const count = Math.floor(span / step) + 1 + (span % step === 0 ? 0 : 1);
  if (count > MAX_FRAMES)
    throw new RangeError(
      `from ${from} to ${to}: ${count} frames, more than ${MAX_FRAMES}; take a larger step`,
    );
  const days: Day[] = [];
  for (let i = 0; i * step <= span; i++) days.push(addDays(from, i * step));
  if (days[days.length - 1] !== to) days.push(to);
  return days;
}
