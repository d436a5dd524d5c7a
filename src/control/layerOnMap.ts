import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';
import {
  layerIdPrefix,
  layerMapSpecs,
  layerIds,
  layerOpacity,
  layerSource,
  patternImageId,
} from './layerMapSpecs';
import { layerPatternImage } from '../ui/layerPatternImage';

const NOTHING: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * An imported layer's parts on the map: its pattern image, its one GeoJSON source and its three
 * layers (layerMapSpecs), added below `beforeLayer`; and the few changes its owner makes to them.
 *
 * The parts go on the map with the first geometry, not before: a source added empty and filled a
 * moment later was read twice, its tiles made twice by MapLibre's one worker while the map started,
 * beside the map's own (the time that saved at load is within this machine's noise: README). A
 * layer hidden before then is added empty, so that views following its visibility on the map (the
 * comparison, the swipe) see it hidden.
 */
export function layerOnMap(map: MapLibreMap, id: string, style: LayerStyle, beforeLayer: string) {
  const ids = layerIds(id);
  const sourceId = layerSource(id);
  const imageId = patternImageId(id);
  let added = false;
  let visible = true;
  let stale = false;

  function applyOpacity(): void {
    const opacity = layerOpacity(style, stale);
    map.setPaintProperty(ids.fill, 'fill-opacity', opacity.fill);
    map.setPaintProperty(ids.pattern, 'fill-opacity', opacity.pattern);
    map.setPaintProperty(ids.line, 'line-opacity', opacity.line);
  }

  function showOrHide(): void {
    for (const layerId of Object.values(ids))
      map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
  }

  function add(data: GeoJSON.FeatureCollection): void {
    added = true;
    if (!map.hasImage(imageId)) map.addImage(imageId, layerPatternImage(style.ink, style.pattern));
    map.addSource(sourceId, { type: 'geojson', data });
    // Below the layer's comparison where that came first: the changes are drawn over the day's area.
    const prefix = layerIdPrefix(id);
    const below = map.getLayersOrder().find((layerId) => layerId.startsWith(prefix)) ?? beforeLayer;
    for (const layer of layerMapSpecs(id, style)) map.addLayer(layer, below);
    if (stale) applyOpacity();
    if (!visible) showOrHide();
  }

  return {
    /** Puts `features` in the source (null: empties it). */
    setData(features: GeoJSON.Feature[] | null): void {
      const data = features ? { type: 'FeatureCollection' as const, features } : NOTHING;
      if (!added) {
        if (features) add(data);
        return;
      }
      map.getSource<GeoJSONSource>(sourceId)?.setData(data);
    },
    /** The opacities as drawn, or faded while the day's own file loads. */
    paint(fade: boolean): void {
      stale = fade;
      if (added) applyOpacity();
    },
    setVisible(show: boolean): void {
      if (show === visible) return;
      visible = show;
      if (added) showOrHide();
      else if (!show) add(NOTHING);
    },
    /** Takes every part off the map: the layers first, as a source in use cannot go. */
    remove(): void {
      for (const layerId of Object.values(ids)) if (map.getLayer(layerId)) map.removeLayer(layerId);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
      if (map.hasImage(imageId)) map.removeImage(imageId);
    },
  };
}
