import type { LayerSpecification } from 'maplibre-gl';
import type { VariableAnchorOffsetCollectionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { labelAnchors, type Stops } from '../ui/appearance';
import { LAYERS, scene, type Claimant, type SceneDraws, type SceneLayerOf } from '../ui/scene';
import { cityFill, cityStroke, claimOpacity, holderFill, zoomCurve } from './dayPaint';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { hatchId } from './hatchImage';

/** Source ids, by the collection each holds; loaded once and never replaced while scrubbing. */
export const SOURCES = {
  context: 'context',
  oblasts: 'oblasts',
  oblastLabels: 'oblast-labels',
  cities: 'cities',
  rivers: 'rivers',
} as const;

export { LAYERS, type Claimant };

export interface LayerOptions {
  rivers: boolean;
  /** Every party of the story, for the holder and city colours. */
  parties: readonly string[];
  claimants: readonly Claimant[];
}

/** Label anchors in order of preference, as MapLibre's flat anchor-offset list. */
const anchorsFrom = (side: 'left' | 'right') => labelAnchors(side).flat();

const width = (value: number | Stops) => (typeof value === 'number' ? value : zoomCurve(value));

/** A style layer without its id and source, which every kind takes from its scene layer. */
type StyleBody = LayerSpecification extends infer L
  ? L extends LayerSpecification
    ? Omit<L, 'id' | 'source'>
    : never
  : never;

/**
 * Each kind of scene layer as a MapLibre style layer. Paint that depends on the selected day reads
 * feature-state only (dayPaint.ts), so scrubbing never touches a source.
 */
const STYLE_LAYERS: {
  [K in SceneDraws]: (layer: SceneLayerOf<K>, parties: readonly string[]) => StyleBody;
} = {
  background: ({ colour }) => ({ type: 'background', paint: { 'background-color': colour } }),
  fill: ({ colour }) => ({ type: 'fill', paint: { 'fill-color': colour } }),
  'holder-fill': (_, parties) => ({ type: 'fill', paint: { 'fill-color': holderFill(parties) } }),
  'claim-hatch': ({ party, angle, places }) => ({
    type: 'fill',
    filter: ['in', ['get', 'id'], ['literal', [...places]]],
    paint: { 'fill-pattern': hatchId(party, angle), 'fill-opacity': claimOpacity(party) },
  }),
  line: ({ colour, width: lineWidth }) => ({
    type: 'line',
    paint: { 'line-color': colour, 'line-width': width(lineWidth) },
  }),
  'oblast-names': ({ text, colour, halo }) => ({
    type: 'symbol',
    layout: {
      'text-field': ['upcase', ['get', 'name']],
      'text-font': [FONT_SEMIBOLD],
      'text-size': zoomCurve(text.size),
      'text-letter-spacing': text.letterSpacing,
      'text-max-width': text.maxWidth,
      'text-padding': text.padding,
      'text-allow-overlap': false,
    },
    paint: { 'text-color': colour, 'text-halo-color': halo, 'text-halo-width': text.halo },
  }),
  'city-dots': ({ radius, ring }, parties) => ({
    type: 'circle',
    paint: {
      // By zoom, and at each zoom by population (appearance.ts CITY_RADIUS).
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...radius.flatMap(([zoom, byPopulation]) => [
          zoom,
          ['interpolate', ['linear'], ['get', 'population'], ...byPopulation.flat()],
        ]),
      ] as unknown as number,
      'circle-color': cityFill(parties),
      'circle-stroke-color': cityStroke(parties),
      'circle-stroke-width': ring,
    },
  }),
  'city-names': ({ text, colour, halo }) => ({
    type: 'symbol',
    layout: {
      // Towns under 70,000 are named from zoom 7 (appearance.ts CITY_LABEL).
      'text-field': [
        'step',
        ['zoom'],
        ['case', ['<', ['get', 'population'], text.smallPopulation], '', ['get', 'name']],
        text.smallFromZoom,
        ['get', 'name'],
      ],
      'text-font': [FONT_REGULAR],
      'text-size': zoomCurve(text.size),
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
      'text-padding': text.padding,
    },
    paint: { 'text-color': colour, 'text-halo-color': halo, 'text-halo-width': text.halo },
  }),
};

/** One scene layer as a MapLibre style layer: its id, its kind's type, its geometry's source, then the rest. */
function styleLayer<K extends SceneDraws>(
  layer: SceneLayerOf<K>,
  parties: readonly string[],
): LayerSpecification {
  const { type, ...rest } = STYLE_LAYERS[layer.draws as K](layer, parties);
  const source = 'geometry' in layer ? { source: SOURCES[layer.geometry] } : {};
  return { id: layer.id, type, ...source, ...rest } as LayerSpecification;
}

/** The map's style layers, bottom to top: the scene (src/ui/scene.ts), in MapLibre's terms. */
export function baseLayers({ rivers, parties, claimants }: LayerOptions): LayerSpecification[] {
  return scene({ rivers, claimants }).map((layer) => styleLayer(layer, parties));
}
