import type { LayerSpecification } from 'maplibre-gl';
import type { VariableAnchorOffsetCollectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { cityFill, cityStroke, claimOpacity, holderFill } from './dayPaint';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { hatchId } from './hatchImage';
import { palette } from '../ui/palette';

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

/** Label anchors in order of preference, starting with the label on the given side of its point. */
function anchorsFrom(side: 'left' | 'right'): (string | [number, number])[] {
  const right: (string | [number, number])[] = ['left', [0.7, 0]];
  const left: (string | [number, number])[] = ['right', [-0.7, 0]];
  const rest: (string | [number, number])[] = [
    'bottom-left',
    [0.4, -0.3],
    'top-right',
    [-0.4, 0.3],
    'top',
    [0, 0.7],
    'bottom',
    [0, -0.7],
  ];
  return side === 'left' ? [...left, ...right, ...rest] : [...right, ...left, ...rest];
}

/** A party that claims some oblasts, and which: each gets a hatch layer drawn only over those. */
export interface Claimant {
  party: string;
  places: readonly string[];
}

export interface LayerOptions {
  rivers: boolean;
  /** Every party of the story, for the holder and city colours. */
  parties: readonly string[];
  claimants: readonly Claimant[];
}

/**
 * The map's layers, bottom to top, declared as data. Paint that depends on the selected day reads
 * feature-state only, so scrubbing never touches a source.
 */
export function baseLayers(options: LayerOptions): LayerSpecification[] {
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
      paint: { 'fill-color': holderFill(options.parties, palette.oblastFill) },
    },
    ...options.claimants.map(({ party, places }, index): LayerSpecification => ({
      id: `oblast-claim-${party}`,
      type: 'fill',
      source: SOURCES.oblasts,
      filter: ['in', ['get', 'id'], ['literal', [...places]]],
      paint: { 'fill-pattern': hatchId(party, index), 'fill-opacity': claimOpacity(party) },
    })),
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
        'circle-color': cityFill(options.parties),
        'circle-stroke-color': cityStroke,
        'circle-stroke-width': 1.6,
      },
    },
    {
      id: LAYERS.cityLabel,
      type: 'symbol',
      source: SOURCES.cities,
      layout: {
        // Towns under 70,000 are named from zoom 7: at the opening view they would otherwise
        // crowd out Lysychansk, whose label is placed in a different tile from its neighbours'.
        'text-field': [
          'step',
          ['zoom'],
          ['case', ['<', ['get', 'population'], 70000], '', ['get', 'name']],
          7,
          ['get', 'name'],
        ],
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 7, 12, 10, 15],
        // Bigger cities claim their label space first. Close neighbours such as Lysychansk and
        // Sievierodonetsk (8 km apart, in different tiles at low zoom, so sort keys cannot order
        // them) carry a curated side (geo/places.json `labelSide`) and try the other sides after.
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor-offset': [
          'match',
          ['get', 'labelSide'],
          'left',
          ['literal', anchorsFrom('left')],
          ['literal', anchorsFrom('right')],
        ] as unknown as VariableAnchorOffsetCollectionSpecification,
        'text-justify': 'auto',
        // The halo already spaces labels; the default 2 px padding drops Lysychansk below zoom 6.
        'text-padding': 0,
      },
      paint: { 'text-color': palette.cityLabel, 'text-halo-color': palette.cityHalo, 'text-halo-width': 1.4 },
    },
  );
  return layers;
}
