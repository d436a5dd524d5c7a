import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';
import { emitter } from '../ui/emitter';
import {
  assessedLayerSpecs,
  layerIds,
  layerOpacity,
  layerSource,
  patternImageId,
} from './assessedLayerSpecs';
import { layerPatternImage } from './layerPatternImage';
import { type ControlIndex, type ControlInterval } from './controlIndex';
import { dayInterval } from './dayInterval';
import type { GeometryLoader, LoadedGeometry } from './geometryLoader';

const NOTHING: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** How long the day's file may take before the interval still drawn is faded as stale. */
const STALE_AFTER_MS = 150;

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
export function assessedLayer(
  map: MapLibreMap,
  index: ControlIndex,
  loader: GeometryLoader,
  beforeLayer: string,
  style: LayerStyle,
) {
  const out = emitter<LayerEvents>();
  const ids = layerIds(index.id);
  const sourceId = layerSource(index.id);
  if (!map.hasImage(patternImageId(index.id)))
    map.addImage(patternImageId(index.id), layerPatternImage(style.ink, style.pattern));
  map.addSource(sourceId, { type: 'geojson', data: NOTHING });
  for (const layer of assessedLayerSpecs(index.id, style)) map.addLayer(layer, beforeLayer);
  const source = () => map.getSource<GeoJSONSource>(sourceId);
  /** The interval whose geometry is on the map (null: none), and the one the day needs. */
  let shown: number | null = null;
  let target: ControlInterval | undefined;
  let visible = true;
  let waits = 0;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  let faded = false;

  function fade(stale: boolean): void {
    clearTimeout(staleTimer);
    staleTimer = undefined;
    if (stale === faded) return;
    faded = stale;
    const opacity = layerOpacity(style, stale);
    map.setPaintProperty(ids.fill, 'fill-opacity', opacity.fill);
    map.setPaintProperty(ids.pattern, 'fill-opacity', opacity.pattern);
    map.setPaintProperty(ids.line, 'line-opacity', opacity.line);
  }

  function put(interval: ControlInterval, geometry: LoadedGeometry): void {
    fade(false);
    if (!geometry.ok) {
      clear();
      out.emit('failed', geometry.reason);
      return;
    }
    const features = geometry.features.features.map((f) => ({ ...f, id: interval.id }));
    source()?.setData({ type: 'FeatureCollection', features });
    shown = interval.id;
    out.emit('drawn', interval);
  }

  function clear(): void {
    fade(false);
    if (shown !== null) source()?.setData(NOTHING);
    shown = null;
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
      const { interval } = step;
      if (step.do === 'draw') put(interval, step.geometry);
      else if (step.do === 'wait') {
        waits++;
        loader.want(interval.geometry);
        if (shown !== null && staleTimer === undefined && !faded)
          staleTimer = setTimeout(() => {
            fade(true);
            out.emit('stale', interval);
          }, STALE_AFTER_MS);
      }
      return interval;
    },
    /** For the tests and the benchmark: what is drawn, whether the day still waits, and counts. */
    status() {
      const pending = target !== undefined && target.id !== shown && !loader.holds(target.geometry);
      return { shown, target: target?.id ?? null, pending, faded, waits, ...loader.stats() };
    },
    setVisible(show: boolean) {
      if (show === visible) return;
      visible = show;
      for (const id of Object.values(ids)) map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
    },
    on: out.on,
    destroy() {
      clearTimeout(staleTimer);
      stopListening();
      out.clear();
      for (const id of Object.values(ids)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
      if (map.hasImage(patternImageId(index.id))) map.removeImage(patternImageId(index.id));
    },
  };
}

export type AssessedLayer = ReturnType<typeof assessedLayer>;
