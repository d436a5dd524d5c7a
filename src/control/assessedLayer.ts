import type { Map as MapLibreMap } from 'maplibre-gl';
import { ASSESSED_LAYERS, ASSESSED_SOURCE, assessedLayerSpecs } from './assessedLayerSpecs';
import { intervalAt, type ControlIndex } from './controlIndex';

/**
 * The imported assessed-control layer on the map. The geometry file is handed to MapLibre by URL
 * so its worker fetches and parses it off the main thread, once; a day only switches one feature
 * off and one on through feature-state.
 */
export function assessedLayer(
  map: MapLibreMap,
  index: ControlIndex,
  geometryUrl: string,
  beforeLayer: string,
) {
  const credit = `Assessed control: ${index.source.name} (${index.source.licence})`;
  map.addSource(ASSESSED_SOURCE, { type: 'geojson', data: geometryUrl, attribution: credit });
  for (const layer of assessedLayerSpecs()) map.addLayer(layer, beforeLayer);
  let shown: number | null = null;
  let visible = true;

  return {
    /** Shows the interval in force on `day`; returns it (undefined where the series has none). */
    applyDay(day: string) {
      const interval = intervalAt(index.intervals, day);
      const next = interval?.id ?? null;
      if (next !== shown) {
        if (shown !== null) map.setFeatureState({ source: ASSESSED_SOURCE, id: shown }, { on: false });
        if (next !== null) map.setFeatureState({ source: ASSESSED_SOURCE, id: next }, { on: true });
        shown = next;
      }
      return interval;
    },
    setVisible(show: boolean) {
      if (show === visible) return;
      visible = show;
      for (const id of Object.values(ASSESSED_LAYERS))
        map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
    },
    destroy() {
      for (const id of Object.values(ASSESSED_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(ASSESSED_SOURCE)) map.removeSource(ASSESSED_SOURCE);
    },
  };
}

export type AssessedLayer = ReturnType<typeof assessedLayer>;
