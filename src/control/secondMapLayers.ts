import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Day } from '../story/day';
import { layerStyle } from '../ui/layerStyles';
import { layerIds } from './layerMapSpecs';
import { layerOnDay } from './layerOnDay';
import type { LoadedLayer } from './loadLayers';
import { layerLoader } from './oneLayerView';

/**
 * The imported layers on a second map (the swipe's), each in the style it has on the page's map
 * (`leader`: its position in the list gives its style) and from its own loader, below
 * `beforeLayer`, showing one day. Each is shown or hidden with its own on the page's map: the
 * reader's checkbox in the map's control sets its map layers' visibility, which the leader's
 * style reports as 'styledata'. The second map's style must be in.
 */
export function secondMapLayers(
  map: MapLibreMap,
  leader: MapLibreMap,
  { layers, beforeLayer, day }: { layers: readonly LoadedLayer[]; beforeLayer: string; day: Day },
) {
  const parts = layers.map((loaded, position) => {
    const loader = layerLoader(loaded, day);
    const layer = layerOnDay(map, loaded.index, loader, beforeLayer, layerStyle(position));
    return { id: loaded.index.id, layer, loader };
  });
  const followVisibility = () => {
    for (const { id, layer } of parts) {
      const own = leader.getLayer(layerIds(id).fill)
        ? leader.getLayoutProperty(layerIds(id).fill, 'visibility')
        : undefined;
      layer.setVisible(own !== 'none');
    }
  };
  leader.on('styledata', followVisibility);
  followVisibility();
  const show = (next: Day) => {
    for (const { layer } of parts) layer.applyDay(next);
  };
  show(day);

  return {
    show,
    /** For the tests: each layer's id and what it draws (layerOnDay's status). */
    status: () => parts.map(({ id, layer }) => ({ id, ...layer.status() })),
    destroy(): void {
      leader.off('styledata', followVisibility);
      for (const { layer, loader } of parts) {
        layer.destroy();
        loader.destroy();
      }
    },
  };
}
