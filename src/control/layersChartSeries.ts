/**
 * The layers chart's data and words, as plain values so they can be tested in node: each layer's
 * line as points, and its figure on a day. No DOM here.
 */
import { addDays, type Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import type { LayerStyle } from '../ui/layerStyles';
import { combinedShare } from './combinedShare';
import type { ControlIndex } from './controlIndex';
import { positionOf } from './intervalAt';

const pct = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export interface ChartLayer {
  index: ControlIndex;
  style: LayerStyle;
}

/** A point of a layer's line; an undefined value breaks the line (a gap between intervals). */
export interface ChartPoint {
  day: Day;
  value: number | undefined;
}

/** Each layer's line: the share of the two oblasts inside its area, interval by interval. */
export function chartSeries(layers: readonly ChartLayer[]) {
  return layers.map(({ index, style }) => {
    const share = combinedShare(index);
    // Each interval's value holds until the day after it ends; a gap drops the line.
    const points = index.intervals.flatMap((interval, i): ChartPoint[] => {
      const value = share[i];
      const next = index.intervals[i + 1];
      const end = addDays(interval.to, 1);
      const run = [
        { day: interval.from, value },
        { day: end, value },
      ];
      return next && next.from !== end ? [...run, { day: end, value: undefined }] : run;
    });
    return { id: index.id, name: index.source.name, style, points, share, index };
  });
}

export type ChartSeries = ReturnType<typeof chartSeries>[number];

/** A layer's figure on `day`, in words: "Source 12.5%", or "no assessment" outside its intervals. */
export function figureText(series: ChartSeries, day: Day): string {
  const at = positionOf(series.index.intervals, day).at;
  const value = at === undefined ? undefined : series.share[at];
  return `${series.name} ${value === undefined ? 'no assessment' : `${pct.format(value)}%`}`;
}

/** What the key says to a screen reader: every layer's figure on `day`. */
export function chartKeyLabel(day: Day, figures: readonly string[]): string {
  return `Share of Luhansk and Donetsk oblasts inside each imported layer on ${formatDay(day)}: ${figures.join('; ')}`;
}
