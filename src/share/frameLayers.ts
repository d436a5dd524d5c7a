import type { Map as MapLibreMap } from 'maplibre-gl';
import { geometryLoader, type GeometryLoader, type LoadedGeometry } from '../control/geometryLoader';
import { intervalAt } from '../control/intervalAt';
import { layerLabel } from '../control/kindName';
import { layerOnMap } from '../control/layerOnMap';
import type { LoadedLayer } from '../control/loadLayers';
import type { Day } from '../story';
import type { LayerStyle } from '../ui/layerStyles';
import { frameLayerFailed, frameLayerLate } from './exportText';
import type { Locale } from '../i18n/locale';

/** How long a frame waits for a layer's file before the export says so, ms. */
const FILE_WAIT_MS = 20_000;
/** Files kept per layer: the frame's own and the next few fetched ahead. */
const CACHE_FILES = 8;

interface FrameLayer {
  loaded: LoadedLayer;
  onMap: ReturnType<typeof layerOnMap>;
  loader: GeometryLoader;
}

/**
 * The chosen imported layers on the exports' own map, in the page's styles and specs
 * (layerOnMap): `show(day)` puts each layer's area for the day in its source once its file is
 * here, fetching the next frames' files ahead. A file that cannot be used stops the export with a
 * message naming the layer, the day and why: a frame never says "as of" an area it does not draw.
 */
export function frameLayers(
  map: MapLibreMap,
  layers: readonly { loaded: LoadedLayer; style: LayerStyle }[],
  beforeLayer: string,
  locale: Locale,
) {
  const parts: FrameLayer[] = layers.map(({ loaded, style }) => ({
    loaded,
    onMap: layerOnMap(map, loaded.index.id, style, beforeLayer),
    // One try: a frame does not wait through the page's retries.
    loader: geometryLoader({ url: loaded.fileUrl, label: loaded.filePath, limit: CACHE_FILES, attempts: 1 }),
  }));
  return {
    async show(day: Day, ahead: readonly Day[], signal: AbortSignal): Promise<void> {
      await Promise.all(parts.map((part) => showLayer(part, day, ahead, signal, locale)));
    },
    destroy(): void {
      for (const { loader } of parts) loader.destroy();
    },
  };
}

async function showLayer(
  part: FrameLayer,
  day: Day,
  ahead: readonly Day[],
  signal: AbortSignal,
  locale: Locale,
) {
  const { loaded, onMap, loader } = part;
  const { intervals } = loaded.index;
  const interval = intervalAt(intervals, day);
  loader.want(interval?.geometry ?? null);
  loader.prefetch(ahead.flatMap((next) => intervalAt(intervals, next)?.geometry ?? []));
  if (!interval) return onMap.setData(null);
  const label = layerLabel(loaded.index, locale.t.layers);
  signal.throwIfAborted();
  const geometry =
    loader.get(interval.geometry) ??
    (await fileLoaded(
      loader,
      interval.geometry,
      signal,
      frameLayerLate(label, day, FILE_WAIT_MS / 1000, locale),
    ));
  if (!geometry.ok) throw new Error(frameLayerFailed(label, day, geometry.reason, locale));
  onMap.setData(geometry.features.features.map((feature) => ({ ...feature, id: interval.id })));
}

/** Resolves with the file `name` once the loader has it; rejects on `signal`'s abort or after the wait. */
function fileLoaded(
  loader: GeometryLoader,
  name: string,
  signal: AbortSignal,
  late: string,
): Promise<LoadedGeometry> {
  return new Promise((resolve, reject) => {
    const finish = (then: () => void) => {
      clearTimeout(timer);
      stop();
      signal.removeEventListener('abort', abort);
      then();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(late))), FILE_WAIT_MS);
    const stop = loader.on('loaded', (loadedName, geometry) => {
      if (loadedName === name) finish(() => resolve(geometry));
    });
    const abort = () => finish(() => reject(signal.reason));
    signal.addEventListener('abort', abort, { once: true });
  });
}
