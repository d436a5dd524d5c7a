/**
 * When a snapshot was taken, read from its file name or from a property value. A snapshot has a
 * calendar day and, where the source says it, an instant; the instant decides which of several
 * snapshots of one day is the last, and the time zone decides which day an instant belongs to.
 * Day arithmetic itself lives in src/story/day.ts.
 */
import { isDay, utcMsToDay } from '../../src/story/day.ts';
import { shortValue } from './errors.ts';

/** A day or instant that could not be read; `message` says why, without the file name. */
export class DateError extends Error {
  override readonly name = 'DateError';
}

export interface SnapshotTime {
  /** The calendar day (YYYY-MM-DD) in the import's time zone. */
  date: string;
  /** The instant as an ISO string (UTC), where the source gives one. */
  at?: string | undefined;
}

/** How to read times: the IANA zone that decides the day of an instant, and a custom name pattern. */
export interface TimeReading {
  timezone: string;
  datePattern?: RegExp | undefined;
}

export const UTC_READING: TimeReading = { timezone: 'UTC' };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Throws DateError unless `zone` is an IANA time zone this runtime knows. */
export function checkTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  } catch {
    throw new DateError(`unknown time zone "${zone}" (expected an IANA name such as UTC or Europe/Kyiv)`);
  }
  return zone;
}

/** The calendar day of an instant in `zone`. */
export function dayInZone(ms: number, zone: string): string {
  if (zone === 'UTC') return utcMsToDay(ms);
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Earliest and latest instants accepted from a Unix timestamp (2000-01-01 .. 2100-01-01). */
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

function instant(ms: number, text: string, zone: string): SnapshotTime {
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new DateError(`unparsable date "${text}" (a time outside 2000-2100)`);
  }
  return { date: dayInZone(ms, zone), at: new Date(ms).toISOString().replace('.000Z', 'Z') };
}

/** A Unix timestamp in seconds (10 digits or fewer) or milliseconds (more). */
export function timeOfTimestamp(value: number, zone: string, text = String(value)): SnapshotTime {
  if (!Number.isFinite(value) || value < 0)
    throw new DateError(`unparsable date "${text}" (not a timestamp)`);
  return instant(value < 1e11 ? value * 1000 : value, text, zone);
}

function calendarDay(year: string, month: string, day: string, text: string): SnapshotTime {
  const date = `${year}-${month}-${day}`;
  if (!isDay(date)) throw new DateError(`unparsable date "${text}" (not a calendar date)`);
  return { date };
}

/** Ten digits that are also a plausible YYYYMMDDHH: as a name, they are ambiguous. */
const DATE_AND_HOUR = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])$/;

/** One way of finding a time in a file name. */
interface NameRule {
  label: string;
  pattern: RegExp;
  read: (match: RegExpExecArray, zone: string) => SnapshotTime;
}

const NAME_RULES: readonly NameRule[] = [
  {
    label: 'ISO date',
    pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => calendarDay(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[0]),
  },
  {
    label: 'compact date',
    pattern: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g,
    read: (m) => calendarDay(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[0]),
  },
  {
    label: 'Unix seconds',
    pattern: /(?<!\d)\d{10}(?!\d)/g,
    read: (m, zone) => {
      if (DATE_AND_HOUR.test(m[0])) {
        throw new DateError(
          `the file name's "${m[0]}" can be read as Unix seconds or as a date and hour (YYYYMMDDHH); use --date-pattern`,
        );
      }
      return timeOfTimestamp(Number(m[0]), zone, m[0]);
    },
  },
  {
    label: 'Unix milliseconds',
    pattern: /(?<!\d)\d{13}(?!\d)/g,
    read: (m, zone) => timeOfTimestamp(Number(m[0]), zone, m[0]),
  },
];

/** Reads a `--date-pattern` match: named groups year/month/day (hour/minute/second), else the first group or the match. */
function readPatternMatch(match: RegExpExecArray, reading: TimeReading): SnapshotTime {
  const g = match.groups ?? {};
  if (g.year !== undefined && g.month !== undefined && g.day !== undefined) {
    const day = calendarDay(g.year, g.month.padStart(2, '0'), g.day.padStart(2, '0'), match[0]);
    if (g.hour === undefined) return day;
    const [h, mi, s] = [g.hour, g.minute ?? '0', g.second ?? '0'].map(Number) as [number, number, number];
    const ms = Date.parse(`${day.date}T00:00:00Z`) + ((h * 60 + mi) * 60 + s) * 1000;
    return instant(ms, match[0], reading.timezone);
  }
  const text = match[1] ?? match[0];
  const readings = readingsOf(text, reading.timezone);
  const only = readings[0];
  if (readings.length !== 1 || !only) {
    throw new DateError(
      `--date-pattern matched "${text}", which is not one date (expected YYYY-MM-DD, YYYYMMDD or a Unix timestamp)`,
    );
  }
  return only.time;
}

function readingsOf(name: string, zone: string): { label: string; text: string; time: SnapshotTime }[] {
  const found: { label: string; text: string; time: SnapshotTime }[] = [];
  for (const rule of NAME_RULES) {
    for (const match of name.matchAll(rule.pattern)) {
      found.push({ label: rule.label, text: match[0], time: rule.read(match as RegExpExecArray, zone) });
    }
  }
  return found;
}

/**
 * The time in a file name: an ISO date (2022-07-03) or a compact one (20220703) anywhere in it, or
 * a Unix timestamp in seconds (10 digits) or milliseconds (13 digits); with `datePattern`, only
 * what that pattern finds. Throws DateError when there is none, when it is not a real date, or when
 * the name can be read as two different days.
 */
export function timeFromName(name: string, reading: TimeReading = UTC_READING): SnapshotTime {
  if (reading.datePattern) {
    const match = reading.datePattern.exec(name);
    if (!match)
      throw new DateError(
        `no date in the file name (--date-pattern ${String(reading.datePattern)} does not match)`,
      );
    return readPatternMatch(match, reading);
  }
  const readings = readingsOf(name, reading.timezone);
  const days = [...new Set(readings.map((r) => r.time.date))];
  if (days.length === 0) {
    throw new DateError(
      'no date in the file name (expected 2022-07-03, 20220703 or a Unix timestamp; or use --date-pattern or --date-property)',
    );
  }
  if (days.length > 1) {
    const ways = readings.map((r) => `"${r.text}" as ${r.label} ${r.time.date}`).join(', ');
    throw new DateError(
      `the file name can be read as more than one day (${ways}); use --date-pattern or --date-property`,
    );
  }
  // Agreeing readings: the one with an instant says more.
  return (readings.find((r) => r.time.at !== undefined) ?? readings[0])?.time as SnapshotTime;
}

/**
 * The time in a property value: `YYYY-MM-DD`, an ISO date-time (an instant when it has a zone or
 * offset, else its date part as written), or a Unix timestamp in seconds or milliseconds.
 */
export function timeFromValue(value: unknown, reading: TimeReading = UTC_READING): SnapshotTime {
  if (typeof value === 'number') return timeOfTimestamp(value, reading.timezone);
  if (typeof value !== 'string') {
    throw new DateError(`unparsable date ${shortValue(value)} (expected a string or number)`);
  }
  const text = value.trim();
  const shown = shortValue(text);
  if (/^\d+$/.test(text)) return timeOfTimestamp(Number(text), reading.timezone, shown);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([\d:.]+)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m)
    throw new DateError(
      `unparsable date "${shown}" (expected YYYY-MM-DD, an ISO date-time or a Unix timestamp)`,
    );
  const day = calendarDay(m[1] ?? '', m[2] ?? '', m[3] ?? '', shown);
  if (m[4] === undefined || m[5] === undefined) return day;
  const ms = Date.parse(text.replace(' ', 'T'));
  if (!Number.isFinite(ms)) throw new DateError(`unparsable date "${shown}" (not a date-time)`);
  return instant(ms, shown, reading.timezone);
}

/** Orders snapshots of one day: an instant orders by time; a snapshot without one cannot be ordered. */
export function compareTimes(a: SnapshotTime, b: SnapshotTime): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const x = a.at ?? '';
  const y = b.at ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
