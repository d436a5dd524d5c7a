import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ASSESSED_COLOUR, ASSESSED_OPACITY } from '../ui/palette';

/**
 * The assessed layer's MapLibre source and layer ids. Their values keep the older word "control":
 * the browser tests and the benchmark look the layer up by them.
 */
export const ASSESSED_SOURCE = 'control';
export const ASSESSED_LAYERS = { fill: 'control-fill' } as const;

/** Only the interval in force on the selected day is drawn: feature-state `on`, set by assessedLayer. */
const on: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];

export function assessedLayerSpecs(): LayerSpecification[] {
  return [
    {
      // One fill layer with its 1 px outline: a separate line layer over hundreds of intervals
      // cost about a fifth more per frame (tests/bench, 150 intervals at 320x240).
      id: ASSESSED_LAYERS.fill,
      type: 'fill',
      source: ASSESSED_SOURCE,
      paint: {
        'fill-color': ASSESSED_COLOUR,
        'fill-opacity': ['case', on, ASSESSED_OPACITY, 0],
        'fill-outline-color': ['case', on, ASSESSED_COLOUR, 'rgba(0,0,0,0)'],
      },
    },
  ];
}
