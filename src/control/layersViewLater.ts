import type { LoadedLayers } from './loadLayers';
import type { LayersSlots } from './layersView';

/**
 * The imported layers in their slots, when any was imported (npm run import) or a broken one needs
 * explaining; null otherwise. The layers' code (map layers, toggle, figures, chart) is fetched only
 * then, so a page without a layer never downloads it. The composition root loads the list first
 * (loadLayerList: the timeline's span depends on it) and the indexes beside the map's start
 * (loadLayerIndexes), and hands them over when they arrive.
 */
export async function layersViewLater(loaded: LoadedLayers, slots: LayersSlots) {
  if (loaded.layers.length === 0 && loaded.errors.length === 0) return null;
  const { layersView } = await import('./layersView');
  return layersView(loaded, slots);
}
