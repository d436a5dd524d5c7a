import type { LayerSpecification } from 'maplibre-gl';
import { ASSESSED_COLOUR, ASSESSED_OPACITY } from '../ui/palette';

/**
 * The assessed layer's MapLibre source and layer ids. Their values keep the older word "control":
 * the browser tests and the benchmark look the layer up by them.
 */
export const ASSESSED_SOURCE = 'control';
export const ASSESSED_LAYERS = { fill: 'control-fill' } as const;

export function assessedLayerSpecs(): LayerSpecification[] {
  return [
    {
      // One fill layer with its 1 px outline, constant paint: the source holds only the interval
      // in force on the day shown (assessedLayer swaps it), so nothing here reads the day.
      id: ASSESSED_LAYERS.fill,
      type: 'fill',
      source: ASSESSED_SOURCE,
      paint: {
        'fill-color': ASSESSED_COLOUR,
        'fill-opacity': ASSESSED_OPACITY,
        'fill-outline-color': ASSESSED_COLOUR,
      },
    },
  ];
}
