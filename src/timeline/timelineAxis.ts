import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import type { Locale } from '../i18n/locale';
import type { Day } from '../story/day';
import type { TrackGeometry } from '../ui/timeScale';
import { axisTicks } from './axisTicks';

const yearFormat = (date: Date) => String(date.getUTCFullYear());
const LINE_Y = 18;

/**
 * The track's drawing: the focus band, the line, the progress up to the day shown, and the
 * two-level axis (years across the overview, then the months of the focus). Decorative for
 * assistive technology: the slider handle speaks the day.
 */
export function timelineAxis(
  track: HTMLElement,
  range: readonly [Day, Day],
  focusFrom: Day,
  focusTo: Day | undefined,
  locale: Locale,
) {
  const monthFormat = (date: Date) => locale.month(date, false);
  const monthYearFormat = (date: Date) => locale.month(date, true);
  const svg = select(track).append('svg').attr('class', 'timeline-axis').attr('aria-hidden', 'true');
  const band = svg.append('rect').attr('class', 'timeline-focus-band');
  const line = svg.append('line').attr('class', 'timeline-line');
  const progress = svg.append('line').attr('class', 'timeline-progress');
  const yearsAxis = svg.append('g').attr('class', 'timeline-years');
  const monthsAxis = svg.append('g').attr('class', 'timeline-months');
  const laterAxis = svg.append('g').attr('class', 'timeline-later-years');

  return {
    layout({ scale, xOf, left, width }: TrackGeometry): void {
      const split = xOf(focusFrom);
      const focusEnd = focusTo === undefined ? width : xOf(focusTo);
      const later = focusTo === undefined ? undefined : { focusTo, width: width - focusEnd };
      const ticks = axisTicks(range, focusFrom, split, 34, later);
      // No year label crowds the first month label at the split.
      const years = ticks.years.filter((d) => scale(d) < split - 36);
      svg.attr('width', width + left * 2).attr('height', 56);
      const inner = `translate(${left},0)`;
      band
        .attr('x', left + split)
        .attr('y', 8)
        .attr('width', focusEnd - split)
        .attr('height', 20);
      line
        .attr('x1', left)
        .attr('x2', left + width)
        .attr('y1', LINE_Y)
        .attr('y2', LINE_Y);
      const narrow = focusEnd - split < 260;
      // Later years, compressed: no label crowds the last month label before them.
      laterAxis.attr('transform', `${inner} translate(0,28)`).call(
        axisBottom(scale)
          .tickValues(ticks.laterYears.filter((d) => scale(d) > focusEnd + 30))
          .tickFormat((d) => yearFormat(d as Date))
          .tickSizeOuter(0),
      );
      yearsAxis.attr('transform', `${inner} translate(0,28)`).call(
        axisBottom(scale)
          .tickValues(years)
          .tickFormat((d) => yearFormat(d as Date))
          .tickSizeOuter(0),
      );
      monthsAxis.attr('transform', `${inner} translate(0,28)`).call(
        axisBottom(scale)
          .tickValues(ticks.months)
          .tickFormat((d, i) => {
            const date = d as Date;
            if (i === 0 && narrow) return yearFormat(date);
            if (date.getUTCMonth() === 0 || i === 0) return monthYearFormat(date);
            return narrow && date.getUTCMonth() % 2 === 1 ? '' : monthFormat(date);
          })
          .tickSizeOuter(0),
      );
    },
    /** Draws the progress line up to `x` (track pixels from the left margin). */
    position(x: number, left: number): void {
      progress
        .attr('x1', left)
        .attr('x2', left + x)
        .attr('y1', LINE_Y)
        .attr('y2', LINE_Y);
    },
    destroy: () => svg.remove(),
  };
}
