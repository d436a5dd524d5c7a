import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/intent';
import { daysBetween, type Day } from '../story/day';
import type { LayerStyle } from '../ui/layerStyles';
import { layerOnDay } from './layerOnDay';
import { layerFigures } from './layerFigures';
import type { LayerMapState } from './layerFiguresText';
import { layerLabel } from './kindName';
import type { Locale } from '../i18n/locale';
import { intervalAt } from './intervalAt';
import { geometryLoader, type GeometryLoader } from './geometryLoader';
import type { LoadedLayer } from './loadLayers';
import { aheadPlan, intervalsApart, prefetchPlan } from './prefetchPlan';

/** Geometry files kept in memory at most, per layer; about 20 KB of text each, a little more parsed. */
const CACHE_FILES = 32;
/** Files fetched ahead of a drag (the steps the last one's stride will land on). */
const AHEAD_MOVING = 4;
/** Files fetched ahead of a key or button step, in its direction. */
const AHEAD_STEP = 3;
/** Files fetched ahead of play, from the days it says it lands on: half the cache, so none is
 * forgotten before it is shown. */
const AHEAD_PLAY = CACHE_FILES / 2;

/**
 * A layer's geometry loader, asking at once for the file of the day shown: made while the map
 * starts, so the first idle does not wait for a fetch that could have begun earlier.
 */
export function layerLoader(loaded: LoadedLayer, day: Day): GeometryLoader {
  const loader = geometryLoader({ url: loaded.fileUrl, label: loaded.filePath, limit: CACHE_FILES });
  loader.want(intervalAt(loaded.index.intervals, day)?.geometry ?? null);
  return loader;
}

/** What one layer's parts need, handed over by layersView. */
export interface OneLayerSlots {
  map: MapLibreMap;
  /** The map layer the layer is drawn under. */
  beforeLayer: string;
  store: AppStore<{ day: Day }>;
  oblastNames: ReadonlyMap<string, string>;
  /** The page's language, for the figures' words. */
  locale: Locale;
  /** Puts the figures in their place in the side panel. */
  placeFigures: (section: HTMLElement) => void;
  /** Says that the layer has no map for the day shown, naming the day and why (null: it has now). */
  reportFailure: (reason: string | null) => void;
}

/**
 * One imported layer: its map layers in its style, its area figures in the panel, its geometry
 * fetched as the day needs and ahead of a drag or play. All follow the store's day. The map must
 * have loaded; the loader comes from layerLoader, made before that so the day's file is on its way.
 */
export function oneLayerView(
  loaded: LoadedLayer,
  loader: GeometryLoader,
  style: LayerStyle,
  slots: OneLayerSlots,
) {
  const { map, store } = slots;
  const { index } = loaded;
  const layer = layerOnDay(map, index, loader, slots.beforeLayer, style);
  const figures = layerFigures(index, slots.oblastNames, slots.locale);
  slots.placeFigures(figures.element);
  let visible = true;
  /** What the map shows of the day, so the panel never gives figures for an area it does not draw. */
  let mapState: LayerMapState = 'drawn';
  const show = (day: Day) => {
    mapState = 'drawn';
    // A file known to have failed is reported at once, inside applyDay ('failed' below).
    const interval = layer.applyDay(day);
    figures.update(day, interval, visible, mapState);
  };
  const showState = (state: LayerMapState) => {
    if (state === mapState) return;
    mapState = state;
    const day = store.get().day;
    figures.update(day, intervalAt(index.intervals, day), visible, mapState);
  };
  layer.on('failed', (reason) => {
    console.error(reason);
    const { t, day } = { t: slots.locale.t.layers, day: slots.locale.day(store.get().day) };
    slots.reportFailure(t.noMap(layerLabel(index, t), day, reason));
    showState('failed');
  });
  // While the day's file is slow to come, the figures say the faded area is another day's.
  layer.on('stale', () => showState('loading'));
  // Once a settled day is drawn and the map is idle, its two neighbours are fetched, so the first
  // step of a key press or of play finds its file; never before that idle, so the first load
  // fetches the index and one file only.
  let settled = true;
  layer.on('drawn', () => {
    slots.reportFailure(null);
    showState('drawn');
    if (!settled) return;
    map.once('idle', () => {
      if (!settled) return;
      const day = store.get().day;
      loader.prefetch([
        ...prefetchPlan(index.intervals, day, 1, 1),
        ...prefetchPlan(index.intervals, day, -1, 1),
      ]);
    });
  });
  const unsubscribe = store.subscribe((state, previous, meta) => {
    settled = meta.settled;
    if (state.day !== previous.day) show(state.day);
    // Fetch ahead: the days play says it lands on next, or else the steps a drag or key run of
    // the same stride would land on.
    if (meta.ahead) loader.prefetch(aheadPlan(index.intervals, state.day, meta.ahead, AHEAD_PLAY));
    else if (state.day !== previous.day) {
      const stride = daysBetween(previous.day, state.day);
      // A move past more intervals than a drag fetches ahead is a jump (a click far along the
      // track, a flick): where the reader goes next is unknown, and files guessed from its stride
      // would only hold up the day's own. Its neighbours are fetched once it is drawn.
      const jump = !meta.settled && intervalsApart(index.intervals, previous.day, state.day) > AHEAD_MOVING;
      loader.prefetch(
        jump
          ? []
          : prefetchPlan(index.intervals, state.day, stride, meta.settled ? AHEAD_STEP : AHEAD_MOVING),
      );
    }
  });
  show(store.get().day);

  return {
    index,
    layer,
    setVisible(show_: boolean): void {
      visible = show_;
      layer.setVisible(show_);
      show(store.get().day);
    },
    destroy(): void {
      unsubscribe();
      figures.destroy();
      layer.destroy();
      loader.destroy();
    },
  };
}

export type OneLayerView = ReturnType<typeof oneLayerView>;
