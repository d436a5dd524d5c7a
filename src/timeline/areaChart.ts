import { area, curveStepAfter } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { ControlInterval } from '../control/controlIndex';
import { addDays } from '../story/day';
import type { TrackGeometry } from './timeline';

const HEIGHT = 16;
const BASELINE = 17;

/**
 * A small area chart behind the timeline's track: the share of each oblast under the imported
 * control layer, interval by interval, aligned with the slider's days. Decorative for assistive
 * technology (the same figures are in the panel as text).
 */
export function areaChart(
  track: HTMLElement,
  intervals: readonly ControlInterval[],
  series: readonly { id: string; colour: string }[],
) {
  const svg = select(track)
    .insert('svg', ':first-child')
    .attr('class', 'timeline-area-chart')
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

  function draw(geometry: TrackGeometry): void {
    svg.attr('width', geometry.width + geometry.left * 2).attr('height', BASELINE + 1);
    const paths = svg.selectAll<SVGPathElement, (typeof series)[number]>('path').data(series);
    paths
      .join('path')
      .attr('fill', (s) => s.colour)
      .attr('fill-opacity', 0.22)
      .attr('stroke', (s) => s.colour)
      .attr('stroke-width', 1)
      .attr('d', (s) =>
        area<(typeof points)[number]>()
          .curve(curveStepAfter)
          .x((p) => geometry.left + geometry.xOf(p.day))
          .y0(BASELINE)
          .y1((p) => y(p.area[s.id as keyof typeof p.area]?.pct ?? 0))(points),
      );
  }

  return {
    update: draw,
    destroy: () => svg.remove(),
  };
}
