import { dayInterval } from '../control/dayInterval';
import { layerLabel } from '../control/kindName';
import { geometryLoader } from '../control/geometryLoader';
import type { LoadedLayers } from '../control/loadLayers';
import type { Outline } from '../picture/picture';
import type { Store } from '../state/createStore';
import type { Day } from '../story';
import { layerStyle } from '../ui/layerStyles';
import type { Messages } from '../i18n/en';

/**
 * Glue of the composition root, kept in one place: each imported layer's interval for the store's
 * day, as outlines for the SVG map (the document mode's map; the MapLibre map has its own layers),
 * in each layer's ink and dash. It reads the layers through what src/control exposes (the index,
 * `intervalAt`, a geometry loader). Returns what stops it.
 */
export function layerOutlines(
  loaded: LoadedLayers,
  store: Store<{ day: Day }>,
  show: (outlines: Outline[]) => void,
  words: Messages['layers'],
): () => void {
  const layers = loaded.layers.map((layer, position) => {
    const { index } = layer;
    const style = layerStyle(position);
    return {
      index,
      base: { id: index.id, label: layerLabel(index, words), ink: style.ink, dash: style.dash },
      loader: geometryLoader({ url: layer.fileUrl, label: layer.filePath, limit: 8 }),
      /** The interval drawn and its outline: kept while the day's file loads. */
      drawn: null as number | null,
      last: null as Outline['geometry'],
    };
  });
  const draw = () => {
    const day = store.get().day;
    show(
      layers.map((layer) => {
        const step = dayInterval(layer.index.intervals, day, layer.drawn, layer.loader.get);
        if (step.do === 'wait') layer.loader.want(step.interval.geometry);
        else if (step.do !== 'keep') {
          layer.drawn = step.do === 'draw' ? step.interval.id : null;
          layer.last = step.do === 'draw' && step.geometry.ok ? step.geometry.features : null;
        }
        return { ...layer.base, geometry: layer.last };
      }),
    );
  };
  const stops = layers.map((layer) => layer.loader.on('loaded', draw));
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.day !== previous.day) draw();
  });
  draw();
  return () => {
    unsubscribe();
    for (const stop of stops) stop();
    for (const layer of layers) layer.loader.destroy();
  };
}
