import type { GeoData } from '../data/geoTypes.ts';
import { atStops, CITY_LABEL, cityLabelShown, OBLAST_LABEL } from '../ui/appearance.ts';
import type { SceneLayerOf } from '../ui/scene.ts';
import { FONT } from './pictureParts.ts';
import {
  CENTRED,
  cityAnchors,
  placeLabels,
  wrapLabel,
  type LabelRequest,
  type Measure,
  type PlacedLabel,
} from './placeLabels.ts';
import type { SvgAttributes } from './svgMarkup.ts';

type Point = [number, number];

/** The picture's names, placed: the cities' and the oblasts'. */
export interface PictureLabels {
  cities: PlacedLabel[];
  oblasts: PlacedLabel[];
}

/**
 * Places the cities' and the oblasts' names as the map does at `zoom`: city names first (their map
 * layer is above the oblast names, so MapLibre places them first), then the oblast names, wrapped.
 * `cityPoints` are the cities' points on screen, in geo.cities' order; `project` puts any other point.
 */
export function pictureLabels(
  geo: Pick<GeoData, 'cities' | 'oblastLabels'>,
  cityPoints: readonly Point[],
  project: (at: Point) => Point,
  zoom: number,
  measure: Measure,
): PictureLabels {
  const citySize = atStops(CITY_LABEL.size, zoom);
  const cities: LabelRequest[] = geo.cities.features
    .map((f, i) => ({ f, at: cityPoints[i] ?? [0, 0] }))
    .filter(({ f }) => cityLabelShown(f.properties.population, zoom))
    .sort((a, b) => (a.f.properties.rank ?? 0) - (b.f.properties.rank ?? 0))
    .map(({ f, at }) => ({
      id: f.properties.id,
      lines: [f.properties.name],
      x: at[0],
      y: at[1],
      size: citySize,
      anchors: cityAnchors(f.properties.labelSide),
      padding: CITY_LABEL.padding,
    }));
  const oblastSize = atStops(OBLAST_LABEL.size, zoom);
  const spaced = (line: string) =>
    measure(line, oblastSize) + OBLAST_LABEL.letterSpacing * oblastSize * line.length;
  const oblasts: LabelRequest[] = geo.oblastLabels.features.map((f) => {
    const [x, y] = project(f.geometry.coordinates as Point);
    return {
      id: f.properties.id,
      lines: wrapLabel(f.properties.name.toUpperCase(), OBLAST_LABEL.maxWidth * oblastSize, spaced),
      x,
      y,
      size: oblastSize,
      anchors: CENTRED,
      padding: OBLAST_LABEL.padding,
      letterSpacing: OBLAST_LABEL.letterSpacing,
    };
  });
  const placed = placeLabels([...cities, ...oblasts], measure);
  const isOblast = new Set(oblasts.map((o) => o.id));
  return {
    cities: placed.filter((l) => !isOblast.has(l.id)),
    oblasts: placed.filter((l) => isOblast.has(l.id)),
  };
}

/** A placed name's <text>: the font, colour and halo of its scene layer (an oblast's or a city's names). */
export function labelAttributes(
  label: PlacedLabel,
  { text, colour, halo }: SceneLayerOf<'oblast-names' | 'city-names'>,
): SvgAttributes {
  return {
    'data-place': label.id,
    x: label.x.toFixed(1),
    y: label.y.toFixed(1),
    'text-anchor': label.textAnchor,
    'font-family': FONT,
    'font-size': label.size.toFixed(2),
    'font-weight': text.weight,
    fill: colour,
    stroke: halo,
    'stroke-width': 2 * text.halo,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
    ...('letterSpacing' in text ? { 'letter-spacing': `${text.letterSpacing}em` } : {}),
  };
}

/** The <tspan> of a name's line `index`: each line below the one before. */
export const labelLineAttributes = (label: PlacedLabel, index: number): SvgAttributes => ({
  x: label.x.toFixed(1),
  dy: index === 0 ? 0 : label.lineHeight.toFixed(1),
});
