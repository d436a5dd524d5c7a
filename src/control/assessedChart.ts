import { area, curveStepAfter } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { addDays } from '../story/day';
import { trackGeometry, type TrackGeometry, type TrackScaleOptions } from '../ui/timeScale';
import type { ControlInterval } from './controlIndex';

const HEIGHT = 16;
const BASELINE = 17;

/**
 * A small area chart behind the timeline's track: the share of each oblast under the imported
 * assessed layer, interval by interval. It draws into `slot`, a node as wide as the track, and
 * lines up with the axis through the shared track scale, measuring its own width. Decorative for
 * assistive technology (the same figures are in the panel as text).
 */
export function assessedChart(
  slot: HTMLElement,
  scaleOptions: TrackScaleOptions,
  intervals: readonly ControlInterval[],
  series: readonly { id: string; colour: string }[],
) {
  const svg = select(slot)
    .append('svg')
    .attr('class', 'assessed-chart')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const y = scaleLinear()
    .domain([0, 100])
    .range([BASELINE, BASELINE - HEIGHT]);
  // Each interval's value holds until the day after it ends.
  const points = intervals.flatMap((i) => [
    { day: i.from, area: i.area },
    { day: addDays(i.to, 1), area: i.area },
  ]);

  function draw({ xOf, left, width }: TrackGeometry): void {
    svg.attr('width', width + left * 2).attr('height', BASELINE + 1);
    svg
      .selectAll<SVGPathElement, (typeof series)[number]>('path')
      .data(series, (s) => s.id)
      .join('path')
      .attr('fill', (s) => s.colour)
      .attr('fill-opacity', 0.22)
      .attr('stroke', (s) => s.colour)
      .attr('stroke-width', 1)
      .attr('d', (s) =>
        area<(typeof points)[number]>()
          .curve(curveStepAfter)
          .x((p) => left + xOf(p.day))
          .y0(BASELINE)
          .y1((p) => y(p.area[s.id as keyof typeof p.area]?.pct ?? 0))(points),
      );
  }

  const resize = new ResizeObserver(() => draw(trackGeometry(scaleOptions, slot.clientWidth)));
  resize.observe(slot);
  draw(trackGeometry(scaleOptions, slot.clientWidth));

  return {
    element: svg.node() as SVGSVGElement,
    destroy(): void {
      resize.disconnect();
      svg.remove();
    },
  };
}
