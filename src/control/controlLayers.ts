import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const CONTROL_SOURCE = 'control';
export const CONTROL_LAYERS = { fill: 'control-fill', line: 'control-line' } as const;

/** Assessed control is drawn in a neutral ink, apart from every party colour, over the claims. */
export const CONTROL_COLOUR = '#2d2d2d';

/** Only the interval in force on the selected day is drawn: feature-state `on`, set by applyControlDay. */
const on: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];

export function controlLayers(): LayerSpecification[] {
  return [
    {
      id: CONTROL_LAYERS.fill,
      type: 'fill',
      source: CONTROL_SOURCE,
      paint: { 'fill-color': CONTROL_COLOUR, 'fill-opacity': ['case', on, 0.28, 0] },
    },
    {
      id: CONTROL_LAYERS.line,
      type: 'line',
      source: CONTROL_SOURCE,
      paint: {
        'line-color': CONTROL_COLOUR,
        'line-width': 1.4,
        'line-dasharray': [2, 1],
        'line-opacity': ['case', on, 1, 0],
      },
    },
  ];
}
