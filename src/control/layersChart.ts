import type { Locale } from '../i18n/locale';
import { line, curveStepAfter } from 'd3-shape';
import { select } from 'd3-selection';
import type { Day } from '../story/day';
import { el } from '../ui/el';
import { dayAt, type TrackGeometry, type TrackScaleOptions } from '../ui/timeScale';
import { trackOverlay } from './trackOverlay';
import {
  chartKeyLabel,
  chartSeries,
  figureText,
  type ChartLayer,
  type ChartPoint,
  type ChartSeries,
} from './layersChartSeries';

const HEIGHT = 16;
const BASELINE = 17;
/**
 * One line per imported layer behind the timeline's track: the share of the two oblasts inside
 * the layer's area, interval by interval, in the layer's ink and dash. It draws into `slot`, a node
 * as wide as the track, lined up with the axis through the shared track scale. A key names each
 * line and reads out its figure for a day: the day shown, or the day under the pointer while it
 * hovers over the chart; focused, the key says the same in words for a screen reader.
 */
export function layersChart(
  slot: HTMLElement,
  keySlot: (node: HTMLElement) => void,
  scaleOptions: TrackScaleOptions,
  layers: readonly ChartLayer[],
  locale: Locale,
) {
  // A share from 0 to 100 % up the chart's height. Written out rather than d3-scale's scaleLinear,
  // whose tick formatting (d3-format) would otherwise come with the first load's copy of d3-scale.
  const y = (percent: number) => BASELINE - (HEIGHT * percent) / 100;
  const series = chartSeries(layers);
  const overlay = trackOverlay(slot, 'layers-chart', scaleOptions, draw);
  const { svg } = overlay;

  const { key, items } = chartKey(series);
  keySlot(key);

  let shownDay: Day = scaleOptions.range[0];

  /** The day read out; the key is rewritten only when it changes, not at every pointer move. */
  let readDay: Day | null = null;
  function readout(day: Day): void {
    if (day === readDay) return;
    readDay = day;
    const texts = series.map((s) => figureText(s, day, locale));
    texts.forEach((text, i) => {
      const item = items[i];
      if (item) item.textContent = text;
    });
    key.setAttribute('aria-label', chartKeyLabel(day, texts, locale));
  }

  function draw({ xOf, left, width }: TrackGeometry): void {
    svg.attr('width', width + left * 2).attr('height', BASELINE + 1);
    svg
      .selectAll<SVGPathElement, ChartSeries>('path')
      .data(series, (s) => s.id)
      .join('path')
      .attr('fill', 'none')
      .attr('stroke', (s) => s.style.ink)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', (s) => s.style.dash.map((d) => d * 1.5).join(' '))
      .attr('d', (s) =>
        line<ChartPoint>()
          .curve(curveStepAfter)
          .defined((p) => p.value !== undefined)
          .x((p) => left + xOf(p.day))
          .y((p) => y(p.value ?? 0))(s.points),
      );
  }

  // The chart takes no pointer events (the track's drag does): the pointer is followed over its box.
  const onPointer = (event: PointerEvent) => {
    const box = slot.getBoundingClientRect();
    const over =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    const { scale, left } = overlay.geometry();
    readout(over ? dayAt(scale, event.clientX - box.left - left) : shownDay);
  };
  document.addEventListener('pointermove', onPointer);
  draw(overlay.geometry());
  readout(shownDay);

  return {
    /** Shows the figures of the day shown; the store is the only caller. */
    update(state: { day: Day }): void {
      shownDay = state.day;
      readout(state.day);
    },
    destroy(): void {
      document.removeEventListener('pointermove', onPointer);
      overlay.destroy();
      key.remove();
    },
  };
}

/** The chart's key: a swatch of each layer's line and a text node for its figure. */
function chartKey(series: readonly ChartSeries[]) {
  const key = el('div', 'layers-chart-key');
  key.tabIndex = 0;
  key.setAttribute('role', 'group');
  const items = series.map((s) => {
    const item = el('span', 'layers-chart-item');
    const swatch = select(item).append('svg').attr('width', 18).attr('height', 8).attr('aria-hidden', 'true');
    swatch
      .append('line')
      .attr('x1', 0)
      .attr('x2', 18)
      .attr('y1', 4)
      .attr('y2', 4)
      .attr('stroke', s.style.ink)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', s.style.dash.map((d) => d * 2).join(' '));
    const text = el('span');
    item.append(text);
    key.append(item);
    return text;
  });
  return { key, items };
}
