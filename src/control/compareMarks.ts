import type { Day } from '../story/day';
import type { TrackGeometry, TrackScaleOptions } from '../ui/timeScale';
import { inOrder } from './changePlan';
import { trackOverlay } from './trackOverlay';

/**
 * The comparison on the timeline: the stretch between the two days as a band behind the track,
 * and the day compared with as a mark of its own (the handle marks the day shown). Hidden from
 * assistive technology: the comparison's control and its words say the same. `update` follows
 * the two days (none: nothing drawn).
 */
export function compareMarks(slot: HTMLElement, scaleOptions: TrackScaleOptions) {
  const overlay = trackOverlay(slot, 'compare-marks', scaleOptions, draw);
  const { svg } = overlay;
  const band = svg.append('rect').attr('class', 'compare-stretch');
  const mark = svg.append('line').attr('class', 'compare-day');
  let days: { day: Day; compare: Day } | null = null;

  function draw({ xOf, left, width }: TrackGeometry = overlay.geometry()): void {
    svg.attr('width', width + left * 2).attr('height', 60);
    svg.attr('display', days ? null : 'none');
    if (!days) return;
    const [from, to] = inOrder(days.day, days.compare).map((d) => left + xOf(d)) as [number, number];
    band
      .attr('x', from)
      .attr('width', Math.max(1, to - from))
      .attr('y', 0)
      .attr('height', 60);
    const x = left + xOf(days.compare);
    mark.attr('x1', x).attr('x2', x).attr('y1', 0).attr('y2', 60);
  }

  return {
    update(state: { day: Day; compare: Day | null }): void {
      days = state.compare === null ? null : { day: state.day, compare: state.compare };
      draw();
    },
    destroy: overlay.destroy,
  };
}
