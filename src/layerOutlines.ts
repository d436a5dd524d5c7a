import { intervalAt } from './control/controlIndex';
import { geometryLoader } from './control/geometryLoader';
import type { LoadedAssessed } from './control/loadAssessed';
import type { Outline } from './picture/picture';
import type { Store } from './state/createStore';
import type { Day } from './story';

/**
 * Glue of the composition root, kept in one place: the imported layer's interval for the store's
 * day, as outlines for the SVG map (the document mode's map; the MapLibre map has its own layer).
 * It reads the layer through what src/control exposes (the index, `intervalAt`, a geometry loader)
 * and hands the SVG map a list, one entry per layer, so more layers only add entries. Returns what
 * stops it.
 */
export function layerOutlines(
  loaded: LoadedAssessed,
  store: Store<{ day: Day }>,
  show: (outlines: Outline[]) => void,
): () => void {
  if (!loaded.index) return () => undefined;
  const { index } = loaded;
  const loader = geometryLoader({ url: loaded.fileUrl, label: loaded.filePath, limit: 8 });
  const base = { id: 'assessed', label: `Assessed control: ${index.source.name}` };
  const draw = () => {
    const interval = intervalAt(index.intervals, store.get().day);
    const held = interval && loader.get(interval.geometry);
    // While the day's file loads, the last outline stays; a day the layer does not cover has none.
    if (interval && !held) return loader.want(interval.geometry);
    show([{ ...base, geometry: held?.ok ? held.features : null }]);
  };
  const stopLoading = loader.on('loaded', draw);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.day !== previous.day) draw();
  });
  draw();
  return () => {
    unsubscribe();
    stopLoading();
    loader.destroy();
  };
}
