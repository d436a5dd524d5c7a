/**
 * Days in the text, resolved against the publication day with chrono-node (English, Ukrainian and
 * Russian): "on Sunday", "July 4th", "yesterday", "3 липня", "в воскресенье". A bare weekday means
 * the last such day on or before publication (news reports the past). A month without a day ("last
 * month") gives that month's last day with precision 'by'. A day after publication, or a phrase that
 * names no day ("this week"), is not used.
 */
import * as chrono from 'chrono-node';
import { addDays } from '../story/day.ts';
import type { DatePrecision, Day } from '../story/types.ts';
import type { Found, Span } from './types.ts';

export interface DayFound {
  day: Day;
  precision: DatePrecision;
  /** The words, as written. */
  surface: string;
}

type Parser = { parse: typeof chrono.parse };
const PARSERS: Parser[] = [chrono.en, chrono.uk, chrono.ru];

const iso = (d: Date): Day => d.toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number): Day => iso(new Date(Date.UTC(year, month, 0, 12)));

/** Days named in text[start, end), in order; none after `published`. */
export function findDays(text: string, published: Day, start = 0, end = text.length): Found<DayFound>[] {
  const slice = text.slice(start, end);
  // Noon UTC on the publication day: chrono then reads calendar days with no time-zone shift.
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const out: Found<DayFound>[] = [];
  const seen = new Set<number>();
  for (const parser of PARSERS) {
    // Skip a language that cannot occur: chrono's Cyrillic parsers need Cyrillic, English Latin.
    const cyrillic = parser !== chrono.en;
    if (cyrillic !== /\p{Script=Cyrillic}/u.test(slice)) continue;
    for (const r of parser.parse(slice, reference, { forwardDate: false })) {
      // "is now controlled": the present state of things, not the day anything was said.
      if (seen.has(r.index) || /^(?:right\s+)?now$/i.test(r.text.trim())) continue;
      const c = r.start;
      let day: Day;
      let precision: DatePrecision = 'day';
      let confidence = 0.9;
      if (c.isCertain('day') && c.isCertain('month')) {
        day = iso(c.date());
      } else if (c.isCertain('weekday') && !c.isCertain('day')) {
        day = iso(c.date());
        while (day > published) day = addDays(day, -7);
        confidence = 0.85;
      } else if (
        c.isCertain('month') ||
        (r.tags().has('result/relativeDate') && /month|місяц|месяц/i.test(r.text))
      ) {
        const d = c.date();
        day = lastDayOfMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
        if (day > published) day = published;
        precision = 'by';
        confidence = 0.6;
      } else continue;
      if (day > published) continue;
      seen.add(r.index);
      const span: Span = [start + r.index, start + r.index + r.text.length];
      out.push({ value: { day, precision, surface: r.text }, span, confidence });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
