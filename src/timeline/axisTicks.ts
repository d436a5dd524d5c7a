import { utcMonth, utcYear } from 'd3-time';
import { dayToUtcMs, type Day } from '../story/day';

/**
 * Tick dates for the two-level axis: years across the overview, months across the focus, and
 * years again across the later stretch when there is one (`later`: where the focus ends, and the
 * later stretch's width). Years are thinned to every other one when they would be closer than
 * `minGapPx`.
 */
export function axisTicks(
  range: readonly [Day, Day],
  focusFrom: Day,
  overviewWidth: number,
  minGapPx = 34,
  later?: { focusTo: Day; width: number },
): { years: Date[]; months: Date[]; laterYears: Date[] } {
  const start = new Date(dayToUtcMs(range[0]));
  const focus = new Date(dayToUtcMs(focusFrom));
  const focusEnd = later ? later.focusTo : range[1];
  const end = new Date(dayToUtcMs(focusEnd) + 1);
  // Years stop before the focus's own year, which the first month tick names instead.
  const allYears = utcYear.range(utcYear.ceil(start), utcYear.floor(focus));
  const step = allYears.length > 0 ? Math.max(1, Math.ceil(minGapPx / (overviewWidth / allYears.length))) : 1;
  const firstYear = allYears[0]?.getUTCFullYear() ?? 0;
  const years = allYears.filter((d) => (d.getUTCFullYear() - firstYear) % step === 0);
  const months = utcMonth.range(utcMonth.ceil(focus), end);
  let laterYears: Date[] = [];
  if (later) {
    const all = utcYear.range(utcYear.ceil(end), new Date(dayToUtcMs(range[1]) + 1));
    const every = all.length > 0 ? Math.max(1, Math.ceil(minGapPx / (later.width / all.length))) : 1;
    laterYears = all.filter((_, i) => i % every === 0);
  }
  return { years, months, laterYears };
}
