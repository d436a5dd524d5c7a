/**
 * Days are ISO strings, YYYY-MM-DD (UTC). This file finds a snapshot's day in a file name or in a
 * property value, and does the little day arithmetic the import needs.
 */

/** A day that could not be read; `message` says why, without the file name. */
export class DateError extends Error {
  override readonly name = 'DateError';
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC instant. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
}

/** Parses `YYYY-MM-DD`; throws DateError when it is not a calendar date (2022-02-30). */
export function parseIsoDay(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new DateError(`unparsable date "${text}" (expected YYYY-MM-DD)`);
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new DateError(`unparsable date "${text}" (not a calendar date)`);
  }
  return text;
}

/** Earliest and latest instants accepted from a Unix timestamp (2000-01-01 .. 2100-01-01). */
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

/** Day of a Unix timestamp given in seconds (10 digits or fewer) or milliseconds (more). */
export function dayOfTimestamp(value: number, text = String(value)): string {
  if (!Number.isFinite(value) || value < 0)
    throw new DateError(`unparsable date "${text}" (not a timestamp)`);
  const ms = value < 1e11 ? value * 1000 : value;
  if (ms < MIN_MS || ms > MAX_MS) {
    throw new DateError(`unparsable date "${text}" (a Unix timestamp outside 2000-2100)`);
  }
  return dayOf(ms);
}

const ISO_IN_NAME = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g;
const TIMESTAMP_IN_NAME = /(?<!\d)(\d{10}|\d{13})(?!\d)/g;

/**
 * The day in a file name: an ISO date (2022-07-03) anywhere in it, else a Unix timestamp in
 * seconds (10 digits) or milliseconds (13 digits). Throws DateError when there is none, when it
 * is not a real date, or when the name holds two different days.
 */
export function dateFromName(name: string): string {
  const isos = [...name.matchAll(ISO_IN_NAME)].map((m) => m[1] ?? '');
  const found =
    isos.length > 0
      ? isos.map(parseIsoDay)
      : [...name.matchAll(TIMESTAMP_IN_NAME)].map((m) => dayOfTimestamp(Number(m[1]), m[1]));
  const days = [...new Set(found)];
  if (days.length === 0) {
    throw new DateError(
      'no date in the file name (expected an ISO date like 2022-07-03 or a Unix timestamp)',
    );
  }
  if (days.length > 1) {
    throw new DateError(`more than one date in the file name (${days.join(', ')}); use --date-property`);
  }
  return days[0] as string;
}

/**
 * The day in a property value: `YYYY-MM-DD`, an ISO date-time (its date part, as written), or a
 * Unix timestamp in seconds or milliseconds (number or digit string).
 */
export function dateFromValue(value: unknown): string {
  if (typeof value === 'number') return dayOfTimestamp(value);
  if (typeof value !== 'string') {
    throw new DateError(
      `unparsable date ${JSON.stringify(value) ?? String(value)} (expected a string or number)`,
    );
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) return dayOfTimestamp(Number(text), text);
  const dateTime = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!dateTime) throw new DateError(`unparsable date "${text}" (expected YYYY-MM-DD or a Unix timestamp)`);
  try {
    return parseIsoDay(dateTime[1] ?? '');
  } catch {
    throw new DateError(`unparsable date "${text}" (not a calendar date)`);
  }
}
