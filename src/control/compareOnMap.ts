import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';
import type { AreaChange } from './areaChange';
import { changePatternImage } from './changePatternImage';
import {
  CHANGE_FEATURE_ID,
  CHANGE_KINDS,
  changeFeatureState,
  changeFeatures,
  changeImageId,
  changeSource,
  compareMapSpecs,
} from './compareMapSpecs';
import { layerIds } from './layerMapSpecs';

/**
 * One layer's change between the two days on the map: its pattern tiles, one GeoJSON source that
 * holds the area gained and the area lost, and their map layers (compareMapSpecs), added below
 * `beforeLayer` and so above the layer's own area. `show` puts a change in the source (null:
 * none), `measuring` fades it while a new pair of days is measured.
 */
export function compareOnMap(map: MapLibreMap, id: string, style: LayerStyle, beforeLayer: string) {
  const sourceId = changeSource(id);
  for (const kind of CHANGE_KINDS) {
    const image = changeImageId(id, kind);
    if (!map.hasImage(image)) map.addImage(image, changePatternImage(style.ink, kind));
  }
  map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const specs = compareMapSpecs(id, style);
  for (const layer of specs) map.addLayer(layer, beforeLayer);
  let shown = false;
  // The change is the layer's: hidden with it when the reader unchecks the layer in the map's
  // control, which sets its map layers' visibility; the map's style says so, as 'styledata'.
  let visibility: unknown = 'visible';
  const followLayer = () => {
    const own = map.getLayer(layerIds(id).fill)
      ? map.getLayoutProperty(layerIds(id).fill, 'visibility')
      : undefined;
    const next = own ?? 'visible';
    if (next === visibility) return;
    visibility = next;
    for (const layer of specs)
      map.setLayoutProperty(layer.id, 'visibility', next === 'none' ? 'none' : 'visible');
  };
  map.on('styledata', followLayer);
  followLayer();

  const measuring = (on: boolean) => {
    if (!shown) return;
    for (const kind of CHANGE_KINDS)
      map.setFeatureState({ source: sourceId, id: CHANGE_FEATURE_ID[kind] }, changeFeatureState(on));
  };

  return {
    show(change: Pick<AreaChange, 'gained' | 'lost'> | null): void {
      map
        .getSource<GeoJSONSource>(sourceId)
        ?.setData({ type: 'FeatureCollection', features: changeFeatures(change) });
      shown = change !== null;
      measuring(false);
    },
    measuring,
    remove(): void {
      map.off('styledata', followLayer);
      for (const layer of specs) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
      for (const kind of CHANGE_KINDS)
        if (map.hasImage(changeImageId(id, kind))) map.removeImage(changeImageId(id, kind));
    },
  };
}
