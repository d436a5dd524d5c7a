import type { Feature } from 'geojson';
import { atStops, type Stops } from '../ui/appearance.ts';
import { palette } from '../ui/palette.ts';
import type { SceneLayer, SceneLayerOf, SceneLine } from '../ui/scene.ts';
import type { PictureDay } from './pictureDay.ts';
import { dotRadius, hatchPatternId } from './pictureParts.ts';
import type { SvgAttributes } from './svgMarkup.ts';

/**
 * A scene layer as an SVG picture draws it: one group. A fill may carry the line drawn right above
 * it (`outline`), which then strokes the fill's own paths.
 */
export type PictureLayer =
  Exclude<SceneLayer, { draws: 'fill' }> | (SceneLayerOf<'fill'> & { outline?: SceneLine });

/** The layers drawn as shapes of their geometry, one path per feature (the rest are the sea, names and dots). */
export type ShapeLayer = Extract<PictureLayer, { draws: 'fill' | 'holder-fill' | 'claim-hatch' | 'line' }>;

export const isShape = (layer: PictureLayer): layer is ShapeLayer =>
  layer.draws === 'fill' ||
  layer.draws === 'holder-fill' ||
  layer.draws === 'claim-hatch' ||
  layer.draws === 'line';

/**
 * The scene (src/ui/scene.ts) as the SVG pictures draw it, bottom to top. A line right above a
 * fill of the same geometry (the neighbours' borders) strokes the fill's paths, so each shape is
 * written once: the first picture's bytes go to what is seen. (A neighbour's border may then lie
 * half under the next one's fill, where MapLibre draws every border over every fill.)
 */
export function pictureLayers(scene: readonly SceneLayer[]): PictureLayer[] {
  const layers: PictureLayer[] = [];
  for (const layer of scene) {
    const below = layers[layers.length - 1];
    if (
      layer.draws === 'line' &&
      below?.draws === 'fill' &&
      below.geometry === layer.geometry &&
      !below.outline
    )
      layers[layers.length - 1] = { ...below, outline: { colour: layer.colour, width: layer.width } };
    else layers.push(layer);
  }
  return layers;
}

/** A width in CSS pixels at a zoom: a number, or appearance.ts stops by zoom. */
export const widthAt = (width: number | Stops, zoom: number): number =>
  typeof width === 'number' ? width : atStops(width, zoom);

/** The line a layer strokes its shapes with, if any. */
export function lineOf(layer: PictureLayer): SceneLine | null {
  if (layer.draws === 'line') return layer;
  return layer.draws === 'fill' ? (layer.outline ?? null) : null;
}

/** A layer's group: its fill and stroke (at `zoom`), the same for every feature in it. */
export function groupAttributes(layer: PictureLayer, prefix: string, zoom: number): SvgAttributes {
  const line = lineOf(layer);
  const stroke: SvgAttributes = line
    ? { stroke: line.colour, 'stroke-width': widthAt(line.width, zoom) }
    : {};
  switch (layer.draws) {
    case 'fill':
      return { fill: layer.colour, ...stroke };
    case 'line':
      return { fill: 'none', ...stroke };
    case 'claim-hatch':
      return { fill: `url(#${hatchPatternId(prefix, layer.party)})` };
    case 'city-dots':
      return { 'stroke-width': layer.ring };
    default:
      return {};
  }
}

/** Lines keep their width in CSS pixels however the picture is zoomed. */
export const pathAttributes = (layer: ShapeLayer): SvgAttributes =>
  lineOf(layer) ? { 'vector-effect': 'non-scaling-stroke' } : {};

/** A feature's place id ('' for the neighbours, which have none). */
export const placeId = (f: Feature): string => String((f.properties as { id?: string } | null)?.id ?? '');

/** An oblast's fill on the day (holder-fill). */
export const holderFillOf = (look: PictureDay, id: string): string =>
  look.oblasts.get(id)?.fill ?? palette.oblastFill;

/** Whether a claim's hatch is drawn over an oblast on the day. */
export const hatchedOver = (layer: SceneLayerOf<'claim-hatch'>, look: PictureDay, id: string): boolean =>
  look.oblasts.get(id)?.hatches.some((h) => h.party === layer.party) === true;

/** A city's dot at a point on screen: its centre and radius at the zoom. */
export const dotPlace = ([x, y]: readonly [number, number], population: number, zoom: number) => ({
  cx: x.toFixed(1),
  cy: y.toFixed(1),
  r: dotRadius(population, zoom).toFixed(2),
});

/** A city's dot on the day: its holder's colour and ring. */
export function dotColours(look: PictureDay, id: string): { fill: string; stroke: string } {
  const city = look.cities.get(id);
  return { fill: city?.fill ?? palette.cityHollow, stroke: city?.stroke ?? palette.cityHalo };
}
