/**
 * The layers chart's data and words, as plain values so they can be tested in node: each layer's
 * line as points, and its figure on a day. No DOM here.
 */
import { addDays, type Day } from '../story/day';
import type { Locale } from '../i18n/locale';
import type { LayerStyle } from '../ui/layerStyles';
import { combinedShare } from './combinedShare';
import type { ControlIndex } from './controlIndex';
import { positionOf } from './intervalAt';

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

/** A layer's figure on `day`, in the page's words: "Source 12.5%", or "no assessment" outside its intervals. */
export function figureText(series: ChartSeries, day: Day, locale: Locale): string {
  const at = positionOf(series.index.intervals, day).at;
  const value = at === undefined ? undefined : series.share[at];
  const words = locale.t.layers;
  return value === undefined
    ? words.chartNone(series.name)
    : words.chartFigure(series.name, locale.number(value, 1));
}

/** What the key says to a screen reader: every layer's figure on `day`. */
export function chartKeyLabel(day: Day, figures: readonly string[], locale: Locale): string {
  return locale.t.layers.chart(locale.day(day), figures.join('; '));
}
