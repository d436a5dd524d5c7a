import type { LayerSpecification } from 'maplibre-gl';
import type { VariableAnchorOffsetCollectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  CITY_LABEL,
  CITY_RADIUS,
  CITY_STROKE,
  labelAnchors,
  LINE_WIDTH,
  OBLAST_LABEL,
} from '../ui/appearance';
import { palette } from '../ui/palette';
import { cityFill, cityStroke, claimOpacity, holderFill, zoomCurve } from './dayPaint';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { hatchId } from './hatchImage';

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

/** A city's radius by zoom and population (appearance.ts CITY_RADIUS). */
const cityRadius = [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...CITY_RADIUS.flatMap(([zoom, byPopulation]) => [
    zoom,
    ['interpolate', ['linear'], ['get', 'population'], ...byPopulation.flat()],
  ]),
];

/** Label anchors in order of preference, as MapLibre's flat anchor-offset list. */
const anchorsFrom = (side: 'left' | 'right') => labelAnchors(side).flat();

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
      paint: { 'line-color': palette.contextLine, 'line-width': LINE_WIDTH.context },
    },
    {
      id: LAYERS.oblastFill,
      type: 'fill',
      source: SOURCES.oblasts,
      paint: { 'fill-color': holderFill(options.parties) },
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
        'line-width': zoomCurve(LINE_WIDTH.oblast),
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
        'line-width': zoomCurve(LINE_WIDTH.river),
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
        'text-size': zoomCurve(OBLAST_LABEL.size),
        'text-letter-spacing': OBLAST_LABEL.letterSpacing,
        'text-max-width': OBLAST_LABEL.maxWidth,
        'text-padding': OBLAST_LABEL.padding,
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': palette.oblastLabel,
        'text-halo-color': palette.oblastFill,
        'text-halo-width': OBLAST_LABEL.halo,
      },
    },
    {
      id: LAYERS.cityCircle,
      type: 'circle',
      source: SOURCES.cities,
      paint: {
        'circle-radius': cityRadius as unknown as number,
        'circle-color': cityFill(options.parties),
        'circle-stroke-color': cityStroke(options.parties),
        'circle-stroke-width': CITY_STROKE,
      },
    },
    {
      id: LAYERS.cityLabel,
      type: 'symbol',
      source: SOURCES.cities,
      layout: {
        // Towns under 70,000 are named from zoom 7 (appearance.ts CITY_LABEL).
        'text-field': [
          'step',
          ['zoom'],
          ['case', ['<', ['get', 'population'], CITY_LABEL.smallPopulation], '', ['get', 'name']],
          CITY_LABEL.smallFromZoom,
          ['get', 'name'],
        ],
        'text-font': [FONT_REGULAR],
        'text-size': zoomCurve(CITY_LABEL.size),
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
        'text-padding': CITY_LABEL.padding,
      },
      paint: {
        'text-color': palette.cityLabel,
        'text-halo-color': palette.cityHalo,
        'text-halo-width': CITY_LABEL.halo,
      },
    },
  );
  return layers;
}
