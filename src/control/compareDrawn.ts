import type { Map as MapLibreMap } from 'maplibre-gl';
import { layerStyle } from '../ui/layerStyles';
import type { Rings } from './areaChange';
import type { CompareChanges } from './compareChanges';
import { CHANGE_KINDS } from './compareMapSpecs';
import { compareOnMap } from './compareOnMap';
import { layerLabel } from './kindName';
import type { LoadedLayer } from './loadLayers';
import type { Locale } from '../i18n/locale';

/** One layer's area gained or lost as the SVG map outlines it, in the layer's ink. */
export interface ChangeOutline {
  id: string;
  label: string;
  ink: string;
  /** Solid for gained, dotted for lost, as on MapLibre's map. */
  dash: readonly number[];
  rings: Rings[];
}

/**
 * Each layer's change as drawn: on MapLibre's map once `showOn` is called (compareOnMap, one per
 * layer), and as outlines for the SVG map (`outlines`). `draw` brings a layer up to date with its
 * change as measured: faded while a new pair of days is measured, cleared when there is none.
 */
export function compareDrawn(
  layers: readonly LoadedLayer[],
  changes: Pick<CompareChanges, 'get'>,
  locale: Locale,
) {
  const { t } = locale;
  const maps: ReturnType<typeof compareOnMap>[] = [];

  function draw(layerId: string): void {
    const map = maps[layers.findIndex((l) => l.index.id === layerId)];
    const change = changes.get(layerId);
    if (change?.state === 'pending') map?.measuring(true);
    else map?.show(change?.state === 'done' ? change.change : null);
  }

  return {
    draw,
    clear: () => maps.forEach((map) => map.show(null)),
    showOn(map: MapLibreMap, beforeLayer: string): void {
      layers.forEach((layer, position) => {
        maps[position] = compareOnMap(map, layer.index.id, layerStyle(position), beforeLayer);
        draw(layer.index.id);
      });
    },
    outlines(): ChangeOutline[] {
      return layers.flatMap(({ index }, position) => {
        const change = changes.get(index.id);
        if (change?.state !== 'done') return [];
        const ink = layerStyle(position).ink;
        return CHANGE_KINDS.filter((kind) => change.change[kind].length > 0).map((kind) => ({
          id: `${index.id}-${kind}`,
          label: t.change.outline(
            layerLabel(index, t.layers),
            kind === 'gained' ? t.change.areaGained : t.change.areaLost,
          ),
          ink,
          dash: kind === 'lost' ? [1, 1] : [],
          rings: change.change[kind],
        }));
      });
    },
    /** The map is gone (MapLibre lost its GPU for good): nothing is drawn on it again. */
    leaveMap: () => void (maps.length = 0),
    remove: () => maps.forEach((map) => map.remove()),
  };
}
