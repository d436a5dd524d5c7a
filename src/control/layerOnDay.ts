import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';
import { emitter } from '../ui/emitter';
import { type ControlIndex, type ControlInterval } from './controlIndex';
import { dayInterval } from './dayInterval';
import type { GeometryLoader, LoadedGeometry } from './geometryLoader';
import { layerOnMap } from './layerOnMap';
import { staleFade } from './staleFade';

type LayerEvents = {
  failed: [reason: string];
  drawn: [interval: ControlInterval];
  /** The day's file is still loading and what is drawn is another interval's, now faded. */
  stale: [interval: ControlInterval];
};

/**
 * One imported layer on the map, in its style: one small GeoJSON source that holds only the
 * interval in force on the day shown. A day swaps that source's data (about 20 KB), so nothing on
 * the map grows with the length of the series and no filter or expression reads the day. The
 * geometry comes from the loader; until the day's file arrives the map keeps what it drew, faded
 * once the wait is long enough to be seen, so a reader never takes another day's area for this
 * one's; a file that cannot be used clears the layer and is reported (`on('failed')`).
 */
export function layerOnDay(
  map: MapLibreMap,
  index: ControlIndex,
  loader: GeometryLoader,
  beforeLayer: string,
  style: LayerStyle,
) {
  const out = emitter<LayerEvents>();
  const parts = layerOnMap(map, index.id, style, beforeLayer);
  const fade = staleFade(parts.paint);
  /** The interval whose geometry is on the map (null: none), and the one the day needs. */
  let shown: number | null = null;
  let target: ControlInterval | undefined;
  let waits = 0;

  function put(interval: ControlInterval, geometry: LoadedGeometry): void {
    fade.end();
    if (!geometry.ok) {
      clear();
      out.emit('failed', geometry.reason);
      return;
    }
    parts.setData(geometry.features.features.map((f) => ({ ...f, id: interval.id })));
    shown = interval.id;
    out.emit('drawn', interval);
  }

  function clear(): void {
    fade.end();
    if (shown !== null) parts.setData(null);
    shown = null;
  }

  /** The day's file is not here yet: ask for it, and fade what is drawn if the wait is long. */
  function wait(interval: ControlInterval): void {
    waits++;
    loader.want(interval.geometry);
    if (shown !== null) fade.after(() => out.emit('stale', interval));
  }

  const stopListening = loader.on('loaded', (name, geometry) => {
    if (target?.geometry === name && target.id !== shown) put(target, geometry);
  });

  return {
    /** Shows the interval in force on `day`; returns it (undefined where the series has none). */
    applyDay(day: string) {
      const step = dayInterval(index.intervals, day, shown, loader.get);
      target = step.do === 'clear' ? undefined : step.interval;
      if (step.do === 'clear') {
        loader.want(null);
        clear();
        return undefined;
      }
      if (step.do === 'draw') put(step.interval, step.geometry);
      else if (step.do === 'wait') wait(step.interval);
      return step.interval;
    },
    /** For the tests and the benchmark: what is drawn, whether the day still waits, and counts. */
    status() {
      const pending = target !== undefined && target.id !== shown && !loader.holds(target.geometry);
      return { shown, target: target?.id ?? null, pending, faded: fade.isFaded(), waits, ...loader.stats() };
    },
    setVisible: parts.setVisible,
    on: out.on,
    destroy() {
      fade.stop();
      stopListening();
      out.clear();
      parts.remove();
    },
  };
}

export type LayerOnDay = ReturnType<typeof layerOnDay>;
