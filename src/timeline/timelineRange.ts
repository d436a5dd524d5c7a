import { addDays, type Day, type Story } from '../story';
import { addMonths } from './keyStep';

const monthStart = (day: Day) => `${day.slice(0, 7)}-01`;

/**
 * The span the slider covers: from the story's start to the end of the month of its last day, so a
 * reader sees the story stop rather than the track; the detailed stretch starts at the beginning of
 * the month five months before the story's last day.
 */
export function timelineRange(story: Story): { range: [Day, Day]; focusFrom: Day } {
  const end = story.period.to;
  const lastOfMonth = addDays(monthStart(addMonths(end, 1)), -1);
  return { range: [story.period.from, lastOfMonth], focusFrom: monthStart(addMonths(end, -5)) };
}
