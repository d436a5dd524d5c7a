import type { Map as MapLibreMap } from 'maplibre-gl';
import { CONTROL_LAYERS, CONTROL_SOURCE, controlLayers } from './controlLayers';
import { intervalAt, type ControlIndex } from './controlIndex';

/**
 * The imported "assessed control" layer on the map. The geometry file is handed to MapLibre by URL
 * so its worker fetches and parses it off the main thread, once; a day only switches one feature
 * off and one on through feature-state.
 */
export function controlLayer(
  map: MapLibreMap,
  index: ControlIndex,
  geometryUrl: string,
  beforeLayer: string,
) {
  const credit = `Assessed control: ${index.source.name} (${index.source.licence})`;
  map.addSource(CONTROL_SOURCE, { type: 'geojson', data: geometryUrl, attribution: credit });
  for (const layer of controlLayers()) map.addLayer(layer, beforeLayer);
  let shown: number | null = null;
  let visible = true;

  return {
    /** Shows the interval in force on `day`; returns it (undefined where the series has none). */
    applyDay(day: string) {
      const interval = intervalAt(index.intervals, day);
      const next = interval?.id ?? null;
      if (next !== shown) {
        if (shown !== null) map.setFeatureState({ source: CONTROL_SOURCE, id: shown }, { on: false });
        if (next !== null) map.setFeatureState({ source: CONTROL_SOURCE, id: next }, { on: true });
        shown = next;
      }
      return interval;
    },
    setVisible(show: boolean) {
      if (show === visible) return;
      visible = show;
      for (const id of Object.values(CONTROL_LAYERS))
        map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
    },
    destroy() {
      for (const id of Object.values(CONTROL_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(CONTROL_SOURCE)) map.removeSource(CONTROL_SOURCE);
    },
  };
}

export type ControlLayer = ReturnType<typeof controlLayer>;
