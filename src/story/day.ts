/**
 * Calendar days as ISO `YYYY-MM-DD` strings.
 *
 * The story keeps days as plain strings (not Date objects) so that the JSON a journalist edits is the
 * same value the app compares: for zero-padded ISO days, string order is calendar order. All
 * arithmetic goes through UTC so that a reader's time zone can never shift a day.
 */

/** An ISO calendar day, `YYYY-MM-DD`. A plain string alias so raw JSON needs no conversion. */
export type Day = string;

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Year, month (1–12) and day of month, or undefined when `text` is not a real calendar day. */
export function parseDay(text: string): { year: number; month: number; day: number } | undefined {
  const match = DAY_SHAPE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC silently rolls 2022-02-30 over to 2022-03-02; a round trip exposes that.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** True when `value` is a string naming a real calendar day (rejects 2022-02-30, 2022-13-01, 2022-7-3). */
export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && parseDay(value) !== undefined;
}

/** Milliseconds since the epoch at UTC midnight of `day`; throws on a malformed day (a programming error). */
export function dayToUtcMs(day: Day): number {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

/** The day of a UTC timestamp. */
export function utcMsToDay(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` moved by `count` days (negative moves back). */
export function addDays(day: Day, count: number): Day {
  return utcMsToDay(dayToUtcMs(day) + count * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / MS_PER_DAY);
}

/** Sort comparator: negative when a is earlier. ISO days compare correctly as strings. */
export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `day` lies in the inclusive interval [from, to]; an absent `to` means open-ended. */
export function dayInInterval(day: Day, from: Day, to?: Day): boolean {
  return from <= day && (to === undefined || day <= to);
}
