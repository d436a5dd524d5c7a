import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Messages } from '../i18n/en';
import { contextLook } from '../ui/contextLook';
import { contextNames } from '../ui/contextNames';
import { palette } from '../ui/palette';
import { pathData } from './pathData';
import { el } from './pictureGroups';
import { FONT } from './pictureParts';
import type { PictureProjection } from './pictureProjection';

/** A feature of geo/borders.geojson: the border lines, or a country's or the sea's name. */
type ContextFeature = Feature<GeoJSON.MultiLineString | Point, { kind: string; name?: string }>;

/**
 * The SVG map's orientation, as MapLibre's map has it (src/map/contextLayers.ts): the international
 * border as a soft band under the oblasts' outline (it zooms with the shapes), and the names of
 * the countries either side and the sea, above the neighbours and under the oblasts' names (they
 * keep their size on screen). Empty until `set` gives it geo/borders.geojson.
 */
export function pictureContext(svg: SVGSVGElement, geometry: SVGGElement) {
  const look = contextLook(palette);
  const band = el('g', {
    class: 'picture-border',
    fill: 'none',
    stroke: look.border.colour,
    'stroke-width': look.border.width,
    'stroke-opacity': look.border.opacity,
    'stroke-linejoin': 'round',
    'pointer-events': 'none',
  });
  const names = el('g', { class: 'picture-context-labels', 'pointer-events': 'none' });
  geometry.insertBefore(band, geometry.querySelector('[data-layer="oblast-line"]'));
  svg.insertBefore(names, svg.querySelector('.picture-oblast-labels'));
  let features: ContextFeature[] = [];
  let inPageLanguage: Readonly<Record<string, string>> = {};

  const name = (f: ContextFeature, project: (at: [number, number]) => [number, number]) => {
    const kind = f.properties.kind === 'sea' ? look.sea : look.country;
    const [x, y] = project(f.geometry.coordinates as [number, number]);
    const text = el('text', {
      'data-context': f.properties.kind,
      x: x.toFixed(1),
      y: y.toFixed(1),
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      'font-family': FONT,
      'font-size': kind.size,
      'font-weight': kind.weight,
      ...('letterSpacing' in kind ? { 'letter-spacing': `${kind.letterSpacing}em` } : {}),
      fill: kind.colour,
      stroke: kind.halo,
      'stroke-width': 2 * kind.haloWidth,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    });
    // Names come from the data: set as text, never as markup.
    const given = f.properties.name ?? '';
    const words = inPageLanguage[given] ?? given;
    text.textContent = f.properties.kind === 'country' ? words.toUpperCase() : words;
    return text;
  };

  return {
    /** The borders and names to draw (geo/borders.geojson), the names in the page's language (`words`). */
    set(data: FeatureCollection, words: Messages['map']): void {
      features = data.features as ContextFeature[];
      inPageLanguage = contextNames(words);
    },
    /** A new size: the border's path in the projection (the group zooms with the shapes). */
    shapes(projection: PictureProjection): void {
      band.replaceChildren(
        ...features
          .filter((f) => f.properties.kind === 'border')
          .map((f) =>
            el('path', { 'vector-effect': 'non-scaling-stroke', d: pathData(f, projection.stream) }),
          ),
      );
    },
    /** A zoom or pan: the names where their points now fall. */
    overlay(project: (at: [number, number]) => [number, number]): void {
      names.replaceChildren(
        ...features.filter((f) => f.properties.kind !== 'border').map((f) => name(f, project)),
      );
    },
  };
}
