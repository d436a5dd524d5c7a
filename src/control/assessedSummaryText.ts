import { formatDay } from '../story/formatDay';
import type { ControlIndex, ControlInterval } from './controlIndex';

const km2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** The imported assessed layer's figures for a day, in words: one line per oblast, then the interval. */
export function assessedSummaryText(
  index: ControlIndex,
  interval: ControlInterval | undefined,
  oblastNames: ReadonlyMap<string, string>,
): { heading: string; lines: string[] } {
  const heading = `Assessed control (${index.source.name})`;
  if (!interval) {
    const first = index.intervals[0];
    const last = index.intervals[index.intervals.length - 1];
    const span = first && last ? ` It covers ${formatDay(first.from)} to ${formatDay(last.to)}.` : '';
    return { heading, lines: [`No assessment for this day.${span}`] };
  }
  const lines = Object.entries(interval.area).map(([id, a]) => {
    const name = oblastNames.get(id) ?? id;
    return `${name}: ${pct.format(a.pct)}% (${km2.format(a.km2)} km²)`;
  });
  const when =
    interval.from === interval.to
      ? `Snapshot of ${formatDay(interval.from)}`
      : `Unchanged ${formatDay(interval.from)} to ${formatDay(interval.to)}`;
  return { heading, lines: [...lines, `${when}.`] };
}
