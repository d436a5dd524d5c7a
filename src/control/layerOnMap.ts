import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';
import { layerMapSpecs, layerIds, layerOpacity, layerSource, patternImageId } from './layerMapSpecs';
import { layerPatternImage } from '../ui/layerPatternImage';

const NOTHING: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * An imported layer's parts on the map: its pattern image, its one GeoJSON source (empty at first)
 * and its three layers (layerMapSpecs), added below `beforeLayer`; and the few changes its
 * owner makes to them.
 */
export function layerOnMap(map: MapLibreMap, id: string, style: LayerStyle, beforeLayer: string) {
  const ids = layerIds(id);
  const sourceId = layerSource(id);
  const imageId = patternImageId(id);
  if (!map.hasImage(imageId)) map.addImage(imageId, layerPatternImage(style.ink, style.pattern));
  map.addSource(sourceId, { type: 'geojson', data: NOTHING });
  for (const layer of layerMapSpecs(id, style)) map.addLayer(layer, beforeLayer);
  let visible = true;

  return {
    /** Puts `features` in the source (null: empties it). */
    setData(features: GeoJSON.Feature[] | null): void {
      const data = features ? { type: 'FeatureCollection' as const, features } : NOTHING;
      map.getSource<GeoJSONSource>(sourceId)?.setData(data);
    },
    /** The opacities as drawn, or faded while the day's own file loads. */
    paint(stale: boolean): void {
      const opacity = layerOpacity(style, stale);
      map.setPaintProperty(ids.fill, 'fill-opacity', opacity.fill);
      map.setPaintProperty(ids.pattern, 'fill-opacity', opacity.pattern);
      map.setPaintProperty(ids.line, 'line-opacity', opacity.line);
    },
    setVisible(show: boolean): void {
      if (show === visible) return;
      visible = show;
      for (const layerId of Object.values(ids))
        map.setLayoutProperty(layerId, 'visibility', show ? 'visible' : 'none');
    },
    /** Takes every part off the map: the layers first, as a source in use cannot go. */
    remove(): void {
      for (const layerId of Object.values(ids)) if (map.getLayer(layerId)) map.removeLayer(layerId);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
      if (map.hasImage(imageId)) map.removeImage(imageId);
    },
  };
}
