import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const CONTROL_SOURCE = 'control';
export const CONTROL_LAYERS = { fill: 'control-fill' } as const;

/** Assessed control is drawn in a neutral ink, apart from every party colour, over the claims. */
export const CONTROL_COLOUR = '#2d2d2d';

/** Only the interval in force on the selected day is drawn: feature-state `on`, set by applyControlDay. */
const on: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];

export function controlLayers(): LayerSpecification[] {
  return [
    {
      // One fill layer with its 1 px outline: a separate line layer over hundreds of intervals
      // cost about a fifth more per frame (tests/bench, 150 intervals at 320x240).
      id: CONTROL_LAYERS.fill,
      type: 'fill',
      source: CONTROL_SOURCE,
      paint: {
        'fill-color': CONTROL_COLOUR,
        'fill-opacity': ['case', on, 0.28, 0],
        'fill-outline-color': ['case', on, CONTROL_COLOUR, 'rgba(0,0,0,0)'],
      },
    },
  ];
}
