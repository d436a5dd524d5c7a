import { parseDay, type Day } from './day.ts';

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "3 July 2022": how every view writes a day (the slider's aria-valuetext, the panels, the
 * summaries). Spelt out here rather than through Intl or d3 so that it is the same in every
 * browser and locale, and src/story stays free of libraries.
 */
export function formatDay(day: Day): string {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`not a calendar day: ${day}`);
  return `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}
