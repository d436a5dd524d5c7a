import type { LayerSpecification } from 'maplibre-gl';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { palette } from './palette';

/** Source ids; the data behind them is loaded once and never replaced while scrubbing. */
export const SOURCES = {
  context: 'context',
  oblasts: 'oblasts',
  oblastLabels: 'oblast-labels',
  cities: 'cities',
  rivers: 'rivers',
} as const;

/** Layer ids that tests and the views query. */
export const LAYERS = {
  oblastFill: 'oblast-fill',
  oblastLine: 'oblast-line',
  oblastLabel: 'oblast-label',
  cityCircle: 'city-circle',
  cityLabel: 'city-label',
} as const;

const cityRadius = [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  ['interpolate', ['linear'], ['get', 'population'], 20000, 2.5, 1000000, 6],
  10,
  ['interpolate', ['linear'], ['get', 'population'], 20000, 5, 1000000, 12],
] as const;

/**
 * The map's layers, bottom to top, declared as data. Paint that depends on the selected day reads
 * feature-state only, so scrubbing never touches a source.
 */
export function baseLayers(options: { rivers: boolean }): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'context-fill',
      type: 'fill',
      source: SOURCES.context,
      paint: { 'fill-color': palette.contextLand },
    },
    {
      id: 'context-line',
      type: 'line',
      source: SOURCES.context,
      paint: { 'line-color': palette.contextLine, 'line-width': 0.6 },
    },
    {
      id: LAYERS.oblastFill,
      type: 'fill',
      source: SOURCES.oblasts,
      paint: { 'fill-color': palette.oblastFill },
    },
    {
      id: LAYERS.oblastLine,
      type: 'line',
      source: SOURCES.oblasts,
      paint: {
        'line-color': palette.oblastLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 2.4],
      },
    },
  ];
  if (options.rivers) {
    layers.push({
      id: 'river-line',
      type: 'line',
      source: SOURCES.rivers,
      paint: {
        'line-color': palette.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 2.5],
      },
    });
  }
  layers.push(
    {
      id: LAYERS.oblastLabel,
      type: 'symbol',
      source: SOURCES.oblastLabels,
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 16],
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': palette.oblastLabel,
        'text-halo-color': palette.oblastFill,
        'text-halo-width': 1.5,
      },
    },
    {
      id: LAYERS.cityCircle,
      type: 'circle',
      source: SOURCES.cities,
      paint: {
        'circle-radius': cityRadius as unknown as number,
        'circle-color': palette.city,
        'circle-stroke-color': palette.cityHalo,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: LAYERS.cityLabel,
      type: 'symbol',
      source: SOURCES.cities,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 10, 15],
        // Bigger cities claim their label space first; close neighbours such as Lysychansk and
        // Sievierodonetsk (8 km apart) try the other sides before giving up.
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor-offset': [
          'left',
          [0.7, 0],
          'right',
          [-0.7, 0],
          'bottom-left',
          [0.4, -0.3],
          'top-right',
          [-0.4, 0.3],
          'top',
          [0, 0.7],
          'bottom',
          [0, -0.7],
        ],
        'text-justify': 'auto',
      },
      paint: { 'text-color': palette.cityLabel, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.4 },
    },
  );
  return layers;
}
