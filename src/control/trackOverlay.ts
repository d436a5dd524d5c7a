import { select } from 'd3-selection';
import { trackGeometry, type TrackGeometry, type TrackScaleOptions } from '../ui/timeScale';

/**
 * An SVG laid over the timeline's track (in `slot`, a node as wide as the track, behind its axis):
 * hidden from assistive technology, lined up with the axis through the shared track scale, and
 * drawn again by `draw` at the track's new geometry whenever the slot is resized. Used by the
 * layers' chart and the disagreement marks; the caller draws it first.
 */
export function trackOverlay(
  slot: HTMLElement,
  className: string,
  scaleOptions: TrackScaleOptions,
  draw: (geometry: TrackGeometry) => void,
) {
  const svg = select(slot)
    .append('svg')
    .attr('class', className)
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  let width = slot.clientWidth;
  let geometry = trackGeometry(scaleOptions, width);
  // The observer's first call comes with the size the caller has just drawn at: nothing to redraw.
  const resize = new ResizeObserver(() => {
    if (slot.clientWidth === width) return;
    width = slot.clientWidth;
    geometry = trackGeometry(scaleOptions, width);
    draw(geometry);
  });
  resize.observe(slot);
  return {
    svg,
    /** The track's geometry as last measured. */
    geometry: () => geometry,
    destroy(): void {
      resize.disconnect();
      svg.remove();
    },
  };
}
