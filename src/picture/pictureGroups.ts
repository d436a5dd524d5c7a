import type { Feature, FeatureCollection } from 'geojson';
import type { GeoData } from '../data/geoTypes';
import type { SceneGeometry } from '../ui/scene';
import type { PictureDay } from './pictureDay';
import { labelAttributes, labelLineAttributes, type PictureLabels } from './pictureLabels';
import { hatchPattern } from './pictureParts';
import {
  dotColours,
  dotPlace,
  groupAttributes,
  hatchedOver,
  holderFillOf,
  lineOf,
  pathAttributes,
  placeId,
  widthAt,
  type PictureLayer,
  type ShapeLayer,
} from './pictureScene';
import type { PlacedLabel } from './placeLabels';
import type { SvgAttributes } from './svgMarkup';

const SVG = 'http://www.w3.org/2000/svg';

/** Keeps the app's picture's ids apart from the first picture's. */
const PREFIX = 'picture';

export function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: SvgAttributes = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
}

/** What keeps its size on screen at a zoom and pan: line widths, hatch tiles, dots and names. */
export interface Overlay {
  zoom: number;
  /** d3-zoom's scale over the opening view. */
  k: number;
  /** Each city's point on screen, in geo.cities' order. */
  points: readonly [number, number][];
  labels: PictureLabels;
}

/** One scene layer's group in the app's picture, and what it redraws when the picture changes. */
export interface PictureGroup {
  /** A new size: each feature's path, from `shape`. */
  shapes?(shape: (geometry: SceneGeometry, feature: Feature) => string): void;
  day?(look: PictureDay): void;
  overlay?(at: Overlay): void;
}

interface Parents {
  svg: SVGSVGElement;
  defs: SVGDefsElement;
  /** The group that zooms and pans as one (the shapes), made where the first shape layer goes. */
  geometry: () => SVGGElement;
  geo: GeoData;
  /** Attributes of a group over the oblast fills: only those take the pointer (a click opens the oblast). */
  through: SvgAttributes;
}

/** Each place's fill on the day (holder-fill), or whether a claim's hatch is drawn over it. */
function dayAttribute(layer: ShapeLayer): ((look: PictureDay, id: string) => [string, string]) | null {
  if (layer.draws === 'holder-fill') return (look, id) => ['fill', holderFillOf(look, id)];
  if (layer.draws === 'claim-hatch')
    return (look, id) => ['visibility', hatchedOver(layer, look, id) ? 'visible' : 'hidden'];
  return null;
}

/** A shape layer: a path per feature, its shapes set per size, its fills or hatches per day. */
function shapeGroup(layer: ShapeLayer, { defs, geometry, geo, through }: Parents): PictureGroup {
  const group = el(
    'g',
    { ...through, ...groupAttributes(layer, PREFIX, 0), 'data-layer': layer.id },
    geometry(),
  );
  const collection: FeatureCollection | null = geo[layer.geometry];
  const features = collection?.features ?? [];
  const perPlace = (f: Feature): SvgAttributes =>
    layer.draws === 'holder-fill'
      ? { class: 'picture-oblast', 'data-place': placeId(f) }
      : layer.draws === 'claim-hatch'
        ? { visibility: 'hidden' }
        : {};
  const paths = features.map((f) => el('path', { ...perPlace(f), ...pathAttributes(layer) }, group));
  const line = lineOf(layer);
  const hatch = layer.draws === 'claim-hatch' ? hatchPattern(layer.party, layer.angle, PREFIX) : null;
  const pattern = hatch ? el('pattern', { id: hatch.id, ...hatch.pattern }, defs) : null;
  if (hatch && pattern) el('path', hatch.tile, pattern);
  const onDay = dayAttribute(layer);
  return {
    shapes: (shape) => features.forEach((f, i) => paths[i]?.setAttribute('d', shape(layer.geometry, f))),
    ...(onDay && {
      day: (look: PictureDay) =>
        features.forEach((f, i) => paths[i]?.setAttribute(...onDay(look, placeId(f)))),
    }),
    overlay({ zoom, k }) {
      if (line) group.setAttribute('stroke-width', String(widthAt(line.width, zoom)));
      pattern?.setAttribute('patternTransform', `scale(${1 / k})`);
    },
  };
}

function namesGroup(
  layer: Extract<PictureLayer, { draws: 'oblast-names' | 'city-names' }>,
  { svg, through }: Parents,
): PictureGroup {
  const group = el(
    'g',
    { ...through, class: `picture-${layer.draws === 'city-names' ? 'city' : 'oblast'}-labels` },
    svg,
  );
  const text = (label: PlacedLabel) => {
    const node = el('text', labelAttributes(label, layer));
    label.lines.forEach((line, i) => {
      // Names come from the data: set as text, never as markup.
      el('tspan', labelLineAttributes(label, i), node).textContent = line;
    });
    return node;
  };
  return {
    overlay: ({ labels }) =>
      group.replaceChildren(...(layer.draws === 'city-names' ? labels.cities : labels.oblasts).map(text)),
  };
}

function dotsGroup(layer: Extract<PictureLayer, { draws: 'city-dots' }>, { svg, geo, through }: Parents) {
  const group = el('g', { ...through, ...groupAttributes(layer, PREFIX, 0) }, svg);
  const cities = geo.cities.features;
  const dots = cities.map((f) =>
    el('circle', { class: 'picture-city', 'data-place': f.properties.id }, group),
  );
  const set = (node: Element | undefined, attributes: SvgAttributes) => {
    for (const [key, value] of Object.entries(attributes)) node?.setAttribute(key, String(value));
  };
  return {
    day: (look) => cities.forEach((f, i) => set(dots[i], dotColours(look, f.properties.id))),
    overlay: ({ points, zoom }) =>
      cities.forEach((f, i) => set(dots[i], dotPlace(points[i] ?? [0, 0], f.properties.population, zoom))),
  } satisfies PictureGroup;
}

/**
 * The app's picture's groups, one per layer of the scene as the pictures draw it (pictureLayers),
 * bottom to top: the sea, the shapes inside the group that zooms and pans as one, then the names
 * and dots, which keep their size on screen and are redrawn at each step.
 */
export function pictureGroups(svg: SVGSVGElement, layers: readonly PictureLayer[], geo: GeoData) {
  const defs = el('defs', {}, svg);
  let geometry: SVGGElement | null = null;
  const geometryGroup = () => (geometry ??= el('g', { class: 'picture-geometry' }, svg));
  const holder = layers.findIndex((layer) => layer.draws === 'holder-fill');
  const groups = layers.map((layer, index): PictureGroup => {
    const parents: Parents = {
      svg,
      defs,
      geometry: geometryGroup,
      geo,
      through: index > holder ? { 'pointer-events': 'none' } : {},
    };
    switch (layer.draws) {
      case 'background':
        el('rect', { class: 'picture-sea', width: '100%', height: '100%', fill: layer.colour }, svg);
        return {};
      case 'oblast-names':
      case 'city-names':
        return namesGroup(layer, parents);
      case 'city-dots':
        return dotsGroup(layer, parents);
      default:
        return shapeGroup(layer, parents);
    }
  });
  return { groups, geometry: geometryGroup() };
}
