import './storyMarks.css';
import { select } from 'd3-selection';
import type { Day } from '../story/day';
import { trackGeometry, type TrackScaleOptions } from '../ui/timeScale';

/** An event of another story than the open one, as its mark needs it. */
export interface OtherStoryEvent {
  day: Day;
  story: string;
}

/**
 * The other stories' events, marked on the timeline's track (in `slot`, the node behind its axis)
 * as hollow diamonds under the open story's filled ones: distinct, and not in the way of the
 * slider. Drawn with the track's scale and again whenever the slot is resized. Hidden from
 * assistive technology: the story picker names each story and its dates.
 */
export function storyMarks(slot: HTMLElement, scale: TrackScaleOptions, events: readonly OtherStoryEvent[]) {
  const svg = select(slot)
    .append('svg')
    .attr('class', 'story-marks')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const days = [...new Set(events.map((e) => e.day))].sort();
  function draw(): void {
    const { xOf, left, width } = trackGeometry(scale, slot.clientWidth);
    svg.attr('width', width + left * 2).attr('height', 14);
    svg
      .selectAll<SVGPathElement, Day>('path')
      .data(days, (d) => d)
      .join('path')
      .attr('data-day', (d) => d)
      .attr('d', (d) => `M${(left + xOf(d)).toFixed(1)},1l5,5l-5,5l-5,-5z`);
  }
  const resize = new ResizeObserver(draw);
  resize.observe(slot);
  draw();
  return {
    /** The days marked, for the tests. */
    days: () => days,
    destroy(): void {
      resize.disconnect();
      svg.remove();
    },
  };
}
