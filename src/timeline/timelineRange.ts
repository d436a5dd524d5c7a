import { addDays, type Day, type Story } from '../story';
import { addMonths } from './keyStep';

const monthStart = (day: Day) => `${day.slice(0, 7)}-01`;

/** What the timeline spans, and where its detailed stretch is. */
export interface TimelineSpan {
  range: [Day, Day];
  /** The detailed stretch: the story's last months. */
  focusFrom: Day;
  /** Where the detailed stretch ends, when imported days follow it (absent otherwise). */
  focusTo?: Day;
  /** Days the previous/next buttons stop on besides the events: the imported days' years and ends. */
  stops: Day[];
}

const monthEnd = (day: Day) => addDays(monthStart(addMonths(day, 1)), -1);

/**
 * The span the slider covers: the story's period, from its start to the end of the month of its
 * last day (so a reader sees the story stop rather than the track), together with the site's other
 * stories' periods (`others`, each to the end of its month) and the days of an imported layer
 * (`layer`, first and last day) where there is one. The detailed stretch starts at the beginning
 * of the month five months before the open story's last day and ends with that story's month;
 * later days (another story's, imported ones) get a compressed stretch of their own.
 */
export function timelineRange(
  story: Story,
  layer: readonly [Day, Day] | null = null,
  others: readonly { from: Day; to: Day }[] = [],
): TimelineSpan {
  const end = story.period.to;
  const storyEnd = monthEnd(end);
  const focusFrom = monthStart(addMonths(end, -5));
  let from = layer && layer[0] < story.period.from ? layer[0] : story.period.from;
  let to = layer && layer[1] > storyEnd ? layer[1] : storyEnd;
  for (const period of others) {
    if (period.from < from) from = period.from;
    if (monthEnd(period.to) > to) to = monthEnd(period.to);
  }
  const span: TimelineSpan = { range: [from, to], focusFrom, stops: [] };
  if (to > storyEnd) span.focusTo = storyEnd;
  if (!layer) return span;
  // The first day of each later year the layer covers, and the layer's own ends.
  const years: Day[] = [];
  for (let year = Number(storyEnd.slice(0, 4)) + 1; `${year}-01-01` <= layer[1]; year++) {
    if (`${year}-01-01` >= layer[0]) years.push(`${year}-01-01`);
  }
  span.stops = [...new Set([layer[0], ...years, layer[1]])].sort();
  return span;
}
